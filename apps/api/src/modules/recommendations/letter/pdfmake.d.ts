// pdfmake 0.3 ships no TypeScript declarations. These cover only the server-side pieces the letter
// uses (node_modules/pdfmake/js: Printer, URLResolver, virtual-fs) and the document properties it sets.

declare module 'pdfmake/js/Printer' {
  import type { Readable } from 'node:stream';
  import type URLResolver from 'pdfmake/js/URLResolver';
  import type { VirtualFileSystem } from 'pdfmake/js/virtual-fs';

  export interface Style {
    font?: string;
    fontSize?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    fillColor?: string;
    lineHeight?: number;
    alignment?: 'left' | 'center' | 'right' | 'justify';
    characterSpacing?: number;
    noWrap?: boolean;
    preserveLeadingSpaces?: boolean;
  }

  export type Margin = number | [number, number] | [number, number, number, number];

  export interface TableLayout {
    hLineWidth?: (i: number, node: { table: { body: unknown[][] } }) => number;
    vLineWidth?: (i: number, node: { table: { widths: unknown[] } }) => number;
    hLineColor?: (i: number) => string;
    vLineColor?: (i: number) => string;
    paddingLeft?: (i: number) => number;
    paddingRight?: (i: number) => number;
    paddingTop?: (i: number) => number;
    paddingBottom?: (i: number) => number;
    fillColor?: (row: number) => string | null;
  }

  export type Width = number | '*' | 'auto' | `${number}%`;

  export interface ContentNode extends Style {
    text?: string | Content[];
    stack?: Content[];
    columns?: Content[];
    ul?: Content[];
    table?: {
      widths?: Width[];
      body: Content[][];
      headerRows?: number;
      keepWithHeaderRows?: number;
      dontBreakRows?: boolean;
    };
    layout?: TableLayout | 'noBorders' | 'lightHorizontalLines' | 'headerLineOnly';
    canvas?: {
      type: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      lineWidth: number;
      lineColor: string;
    }[];
    style?: string | string[];
    margin?: Margin;
    width?: Width;
    columnGap?: number;
    colSpan?: number;
    border?: [boolean, boolean, boolean, boolean];
    pageBreak?: 'before' | 'after';
    unbreakable?: boolean;
    headlineLevel?: number;
  }

  export type Content = string | ContentNode | Content[];

  export type DynamicContent = (currentPage: number, pageCount: number) => Content;

  /** What pageBreakBefore is told of each node laid out (the properties it has of these). */
  export interface NodeInfo {
    text?: unknown;
    table?: unknown;
    ul?: unknown;
    canvas?: unknown;
    style?: string | string[];
    headlineLevel?: number;
    startPosition: { pageNumber: number; verticalRatio: number };
    pageNumbers: number[];
  }

  export interface DocumentDefinition {
    content: Content;
    pageSize?: 'A4';
    pageMargins?: Margin;
    language?: string;
    info?: {
      title?: string;
      author?: string;
      subject?: string;
      creator?: string;
      producer?: string;
      creationDate?: Date;
      modDate?: Date;
    };
    header?: DynamicContent;
    footer?: DynamicContent;
    watermark?: { text: string; color?: string; opacity?: number; bold?: boolean; fontSize?: number };
    defaultStyle?: Style;
    styles?: Record<string, Style & { margin?: Margin }>;
    pageBreakBefore?: (node: NodeInfo, nodes: { getFollowingNodesOnPage(): NodeInfo[] }) => boolean;
  }

  export interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  /** The PDFKit document, a readable stream of the PDF once ended. */
  export type PdfKitDocument = Readable & { end(): void };

  export default class PdfPrinter {
    constructor(
      fonts: Record<string, FontFiles>,
      virtualfs: VirtualFileSystem,
      urlResolver: URLResolver,
      localAccessPolicy: (path: string) => boolean,
    );
    createPdfKitDocument(definition: DocumentDefinition): Promise<PdfKitDocument>;
  }
}

declare module 'pdfmake/js/URLResolver' {
  import type { VirtualFileSystem } from 'pdfmake/js/virtual-fs';

  export default class URLResolver {
    constructor(fs: VirtualFileSystem);
    setUrlAccessPolicy(policy: (url: string) => boolean): void;
  }
}

declare module 'pdfmake/js/virtual-fs' {
  export interface VirtualFileSystem {
    existsSync(filename: string): boolean;
  }
  const virtualfs: VirtualFileSystem;
  export default virtualfs;
}
