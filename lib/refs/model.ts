/**
 * The shapes that travel between the pipeline's stages. Every token and
 * every found citation keeps its span: offsets into the clause's `text`.
 */
import type { Span } from '../corpus/export-contract';

export type DocNumber = { prefix: string | null; year: number; num: number; raw: string };

export type TitleToken = { kind: 'title'; span: Span; title: string; inner: { title: string; span: Span }[] };
export type DocNumberToken = { kind: 'doc-number'; span: Span; value: DocNumber };
/** （以下简称《X》）: `span` covers the short name as printed, brackets included. */
/** `bare`: declared without brackets (以下简称反恐怖主义法), and so used without them too. */
export type AbbreviationToken = { kind: 'abbreviation'; span: Span; short: string; bare?: true };
export type ArticleRefToken = {
  kind: 'article-ref';
  span: Span;
  /** 本办法, 本实施细则… as printed, or null for a bare 第N条. */
  self: string | null;
  /** 条 for 第N条, 项 for 第（N）项 standing alone. */
  unit: '条' | '项';
  art: number;
  para: number | null;
  item: number | null;
};
export type RelativeRefToken = { kind: 'relative-ref'; span: Span; word: string };

export type Token = TitleToken | DocNumberToken | AbbreviationToken | ArticleRefToken | RelativeRefToken;

/** How a document citation stands in the text. */
export type CitationRole =
  /** 《X》 */
  | 'plain'
  /** 《…关于印发〈X〉的通知》: the notice itself; its 〈X〉 is found separately. */
  | 'notice'
  /** The 〈X〉 inside a notice's title. */
  | 'inner'
  /** A later use of a declared short name. */
  | 'abbreviation'
  /** A 文号 printed without a title. */
  | 'number';

export type FoundDocumentCitation = {
  kind: 'document';
  role: CitationRole;
  span: Span;
  raw: string;
  /** The title as printed, without 《》〈〉; for an abbreviation, the short name. */
  title: string | null;
  issuer: string | null;
  docNumber: DocNumber | null;
  /** The short name declared for this citation, if any. */
  abbreviation: string | null;
  /** The short name was declared bare (以下简称反恐怖主义法): its uses are bare too. */
  bareAbbreviation?: true;
  /** 《X》第N条(第M款): a pinpoint into the cited document. */
  pinpoint: { art: number; para: number | null } | null;
  /** For an inner title: the index (within the clause's list) of the notice that wraps it. */
  wrappedBy: number | null;
  /** For a short-name use, once resolved: the full title it stands for. */
  fullTitle?: string | null;
};

export type FoundInternalCitation = {
  kind: 'internal';
  span: Span;
  raw: string;
  ref: ArticleRefToken | RelativeRefToken;
};

export type FoundCitation = FoundDocumentCitation | FoundInternalCitation;
