// Prints the text of each page of the PDF read from standard input, as a JSON array of strings.
// A separate ES module because pdfjs-dist ships only as one and the tests run as CommonJS
// (pdf-text.ts runs this file in a child process).
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdfjs reports problems through console.log; standard output carries only the result.
console.log = (...args) => console.error(...args);

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const data = new Uint8Array(Buffer.concat(chunks));

const pdf = await getDocument({ data, verbosity: VerbosityLevel.ERRORS, isEvalSupported: false }).promise;
const pages = [];
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const { items } = await page.getTextContent();
  pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
}
await pdf.destroy();
process.stdout.write(JSON.stringify(pages));
