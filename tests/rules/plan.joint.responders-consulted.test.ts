import rule from '../../src/core/rules/defs/plan.joint.responders-consulted';
import { ruleTester } from './rule-tester';
import { basePlan, jointPlan } from '../fixtures/builders';

const withConsulted = (values: Array<boolean | undefined>) =>
  jointPlan(values.length + 1, {
    participants: [{ departmentId: 'L', role: 'lead' }, ...values.map((v, i) => ({ departmentId: `R${i}`, name: `响应部门${i}`, role: 'responding' as const, consultedInWriting: v }))],
  });

ruleTester(rule, {
  valid: [{ name: 'every responder consulted in writing', plan: withConsulted([true, true]) }],
  invalid: [
    { name: 'one responder not consulted', plan: withConsulted([true, false]), errors: [{ messageId: 'notConsulted', fields: ['plans[0].participants[2].consultedInWriting'], data: { department: '响应部门1' } }] },
    { name: 'two not consulted', plan: withConsulted([false, false]), errors: [{ messageId: 'notConsulted' }, { messageId: 'notConsulted' }] },
  ],
  incomplete: [{ name: 'consultation not recorded', plan: withConsulted([true, undefined]), incomplete: [{ messageId: 'missing', fields: ['plans[0].participants[2].consultedInWriting'] }] }],
  inapplicable: [{ name: 'own-department plan', plan: basePlan() }],
});
