/** The five policy texts bundled into the extension page (the sandbox reads them from docs/policy). */
import fengtai from '../../docs/policy/beijing-fengtai-2019.txt?raw';
import xicheng from '../../docs/policy/beijing-xicheng-2016.txt?raw';
import chaoyang from '../../docs/policy/changchun-chaoyang-2021.txt?raw';
import tongzhou from '../../docs/policy/nantong-tongzhou-2016.txt?raw';
import shenzhen from '../../docs/policy/shenzhen-2018.txt?raw';
import type { PolicyTexts } from './explorer';

export const BUNDLED_POLICY_TEXTS: PolicyTexts = {
  'beijing-fengtai-2019.txt': fengtai,
  'beijing-xicheng-2016.txt': xicheng,
  'changchun-chaoyang-2021.txt': chaoyang,
  'nantong-tongzhou-2016.txt': tongzhou,
  'shenzhen-2018.txt': shenzhen,
};
