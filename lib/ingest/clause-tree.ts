/** The parser's clause tree over a source's normalised text, before it becomes records. */
import type { ClauseKind, Span } from '../corpus/export-contract';

/** How the printed label was written; siblings of one family form one numbered list. */
export type MarkerFamily =
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'cn-dun' // 一、
  | 'cn-paren' // （一）
  | 'arabic-dot' // 1.
  | 'arabic-paren' // （1）
  | 'circled'; // ①

export type ClauseNode = {
  id: string;
  kind: ClauseKind;
  family: MarkerFamily | null;
  /** The label as printed: "第二十条", "(十八)", "1.", or "" where none is printed. */
  label: string;
  number: number | null;
  /** The 之N of an article inserted by amendment: 第十七条之一 has number 17 and sub 1. */
  sub?: number;
  /** Whole extent, children included. */
  span: Span;
  /** The node's own lines, before its first child. */
  head: Span;
  /** 1-based source line of the first line. */
  line: number;
  children: ClauseNode[];
};

/** A parsed document: its tree over the source's normalised text. */
export type DocumentTree = {
  sourceFile: string;
  span: Span;
  children: ClauseNode[];
};
