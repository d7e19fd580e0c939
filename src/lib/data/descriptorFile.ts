// Node only. Imports nothing that imports data/datapackage.json (as schema.ts does), so that the
// build can read the descriptor with it before it can load the validator.
import { decodeUtf8, notUtf8At } from './decode.ts';
import { descriptorSyntaxProblems } from './jsonText.ts';
import { readPackageFile } from './packageFile.ts';
import { DESCRIPTOR_FILE, fileProblem, unreadableFile, type Problem } from './problem.ts';

/** The text of a package's datapackage.json, or why it cannot be used (nothing else is checked). */
export type DescriptorText = { text: string; problems: [] } | { text: null; problems: Problem[] };

/**
 * Reads `dir`'s datapackage.json as readPackageFile reads any package file (a regular file inside
 * the package), decodes it as strict UTF-8 and checks its JSON syntax, each problem at its line.
 */
export async function readDescriptorText(dir: string): Promise<DescriptorText> {
  const bytes = await readPackageFile(dir, DESCRIPTOR_FILE);
  if (!(bytes instanceof Uint8Array)) {
    return { text: null, problems: [unreadableFile(DESCRIPTOR_FILE, bytes.error)] };
  }
  const { text, invalid, otherEncoding } = decodeUtf8(bytes);
  if (otherEncoding) {
    const problem = unreadableFile(
      DESCRIPTOR_FILE,
      `it is ${otherEncoding}, not UTF-8; save it as UTF-8`,
    );
    return { text: null, problems: [problem] };
  }
  const [first] = invalid;
  if (first) {
    const message = `${notUtf8At(first)}; save the file as UTF-8`;
    return {
      text: null,
      problems: [{ ...fileProblem(DESCRIPTOR_FILE, message), line: first.line }],
    };
  }
  const problems = descriptorSyntaxProblems(text);
  return problems.length > 0 ? { text: null, problems } : { text, problems: [] };
}
