// A PDF page's text as the PDF library reports it: runs of text with their baseline position. Coordinates are
// PDF points from the page's bottom left, as in the file.
export interface PdfTextItem {
  text: string;
  x: number;
  /** baseline, from the bottom of the page */
  y: number;
  width: number;
  /** font size in points */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** What the Node side gives the importer: the pages' text, read by a PDF library that needs Node. */
export type PdfReader = (bytes: Uint8Array) => Promise<PdfPage[]>;
