// Every rule, one file each under defs/ named by its id. The meta-test keeps this list,
// the folder, RULES.md and the tests in step: add a rule here when you add its file.
import type { Rule } from './types';
import planJointMaxDepartments from './defs/plan.joint.max-departments';
import planJointMaxInspectors from './defs/plan.joint.max-inspectors';
import planJointLeadDepartment from './defs/plan.joint.lead-department';
import planJointRespondersConsulted from './defs/plan.joint.responders-consulted';
import planItemInList from './defs/plan.item.in-list';
import planItemHasBasis from './defs/plan.item.has-basis';
import planRateGeneralBounds from './defs/plan.rate.general-bounds';
import planRateKeyMinimum from './defs/plan.rate.key-minimum';
import planRateKeyBatchOrder from './defs/plan.rate.key-batch-order';
import planScheduleEndBy from './defs/plan.schedule.end-by';
import planScheduleAnnualDue from './defs/plan.schedule.annual-due';
import planScheduleHalves from './defs/plan.schedule.halves';
import planScheduleInYear from './defs/plan.schedule.in-year';
import planFrequencyEntityLimit from './defs/plan.frequency.entity-limit';
import planRateBelowEveryMinimum from './defs/plan.rate.below-every-minimum';
import planRateFullInspection from './defs/plan.rate.full-inspection';
import planTemporaryBasis from './defs/plan.temporary.basis';
import planNonrandomExemption from './defs/plan.nonrandom.exemption';
import planNonrandomCampaignLabel from './defs/plan.nonrandom.campaign-label';
import planDuplicateCrossLevel from './defs/plan.duplicate.cross-level';
import planSingleRandomFallback from './defs/plan.single-random.fallback';
import strategyInitiatorOnly from './defs/strategy.initiator-only';
import strategyLibrariesReady from './defs/strategy.libraries-ready';
import strategyCreditClassified from './defs/strategy.credit-classified';
import strategyRiskRateOrder from './defs/strategy.risk-rate-order';
import strategyDirectedFilters from './defs/strategy.directed-filters';
import strategyMinInspectorsPerObject from './defs/strategy.min-inspectors-per-object';
import strategyInspectorInRegistry from './defs/strategy.inspector-in-registry';
import strategyExpertsExtra from './defs/strategy.experts-extra';
import strategyRecusal from './defs/strategy.recusal';
import strategyEntityFrequency from './defs/strategy.entity-frequency';
import strategyRegistryCoverage from './defs/strategy.registry-coverage';
import strategyTraceable from './defs/strategy.traceable';
import resultNotifyObject from './defs/result.notify-object';
import resultUploadSameDay from './defs/result.upload-same-day';
import resultPublishDeadline from './defs/result.publish-deadline';
import resultDisplayPeriod from './defs/result.display-period';
import resultUnpublishedIsUndone from './defs/result.unpublished-is-undone';
import resultCategory from './defs/result.category';
import resultJointRecordSigned from './defs/result.joint-record-signed';
import resultReferral from './defs/result.referral';
import annualJointPerDepartment from './defs/annual.joint-per-department';
import annualJointShare from './defs/annual.joint-share';
import annualPlanComplete from './defs/annual.plan-complete';
import annualRegistryFiled from './defs/annual.registry-filed';
import annualItemListOnPlatform from './defs/annual.item-list-on-platform';
import registryObjectFields from './defs/registry.object-fields';
import registryInspectorFields from './defs/registry.inspector-fields';

export const allRules: readonly Rule[] = [
  planJointMaxDepartments,
  planJointMaxInspectors,
  planJointLeadDepartment,
  planJointRespondersConsulted,
  planItemInList,
  planItemHasBasis,
  planRateGeneralBounds,
  planRateKeyMinimum,
  planRateKeyBatchOrder,
  planScheduleEndBy,
  planScheduleAnnualDue,
  planScheduleHalves,
  planScheduleInYear,
  planFrequencyEntityLimit,
  planRateBelowEveryMinimum,
  planRateFullInspection,
  planTemporaryBasis,
  planNonrandomExemption,
  planNonrandomCampaignLabel,
  planDuplicateCrossLevel,
  planSingleRandomFallback,
  strategyInitiatorOnly,
  strategyLibrariesReady,
  strategyCreditClassified,
  strategyRiskRateOrder,
  strategyDirectedFilters,
  strategyMinInspectorsPerObject,
  strategyInspectorInRegistry,
  strategyExpertsExtra,
  strategyRecusal,
  strategyEntityFrequency,
  strategyRegistryCoverage,
  strategyTraceable,
  resultNotifyObject,
  resultUploadSameDay,
  resultPublishDeadline,
  resultDisplayPeriod,
  resultUnpublishedIsUndone,
  resultCategory,
  resultJointRecordSigned,
  resultReferral,
  annualJointPerDepartment,
  annualJointShare,
  annualPlanComplete,
  annualRegistryFiled,
  annualItemListOnPlatform,
  registryObjectFields,
  registryInspectorFields,
] as unknown as readonly Rule[];

export const ruleById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
