import { z } from 'zod';
import { CheckFile } from './parse';

/** The plan file format as JSON Schema (what a file may contain, so the input side of transforms). */
export function checkFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(CheckFile, { io: 'input', unrepresentable: 'any' }),
    title: '双随机助手 plan file / Double-Random Assistant plan file',
    description: 'One plan, an array of plans, or a dossier { plans, itemList?, objects?, inspectors?, year?, ... }.',
  };
}
