import { BadInput, type CommandIO } from './io';

/** Read and parse a JSON file, turning every failure into a BadInput that names the file. */
export async function loadJson(path: string, io: CommandIO): Promise<unknown> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (e) {
    throw new BadInput(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new BadInput(`${path} is not valid JSON: ${(e as Error).message}`);
  }
}
