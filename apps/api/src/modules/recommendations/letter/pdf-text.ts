import { execFile } from 'node:child_process';
import { join } from 'node:path';

// The text of a PDF as a reader's tools see it, page by page, extracted by pdfjs-dist (Firefox's PDF
// engine). pdfjs-dist is an ES module only and Jest runs the tests as CommonJS, so the extraction runs
// in a child Node process (pdf-text.mjs): the PDF goes in on standard input, JSON comes out.
// For tests only, unit and integration alike; it sits beside the letter because a spec under src/ may
// not import from test/ (no-restricted-imports).

const SCRIPT = join(__dirname, 'pdf-text.mjs');

/** The text of each page, in order; lines end with "\n". */
export function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [SCRIPT],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) {
          reject(new Error(`PDF text extraction failed: ${error.message}\n${stderr}`));
          return;
        }
        try {
          resolve(JSON.parse(stdout) as string[]);
        } catch {
          reject(new Error(`PDF text extraction printed no JSON: ${stdout.slice(0, 200)}\n${stderr}`));
        }
      },
    );
    // A child that dies before reading all its input closes the pipe (EPIPE); its exit status and
    // standard error, reported above, say why.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(pdf);
  });
}
