/**
 * The export contract: the records `kb build` writes and `kb export` prints,
 * which the site and the search index read. Changing a shape here changes
 * what every reader of the built data sees.
 */
import type { Basis, DocType, DocumentMeta, ExclusionKind, Level, Rank, TopicMeta } from '../content/schema';

/** A half-open character span [start, end) in a source's normalised text. */
export type Span = { start: number; end: number };

export type ClauseKind =
  | 'title'
  | 'preamble'
  | 'part'
  | 'chapter'
  | 'section'
  | 'article'
  | 'paragraph'
  | 'item'
  | 'subitem';

export type Exclusion = { sourceFile: string; kind: ExclusionKind; reason: string; span: Span; line: number; text: string };

export type FindingKind =
  | 'numbering-gap'
  | 'numbering-restart'
  | 'empty-list'
  | 'missing-title'
  | 'duplicate-title'
  | 'unassigned-text'
  | 'erratum-applied'
  | 'suspected-damage'
  | 'unstructured'
  | 'invisible-char'
  | 'unparsed-article'
  | 'count-mismatch'
  | 'truncated'
  | 'doc-number-brackets'
  | 'form-slip';

export type Finding = {
  documentId: string;
  clauseId: string | null;
  kind: FindingKind;
  message: string;
  severity: 'info' | 'warning' | 'error';
};

export type Correction = {
  id: string;
  kind: 'substitution' | 'insertion' | 'deletion';
  /** Span in the source's normalised text that the correction replaces (empty for an insertion). */
  span: Span;
  original: string;
  corrected: string;
  evidence: string;
  confidence: 'high' | 'medium' | 'low';
  /** Where the correction is declared, for error messages and the document's list. */
  declaredAt: { file: string; line: number };
};

/** A run of displayed text; `correctionId` marks text that differs from the source. */
export type TextRun = { text: string; correctionId?: string };

/** 现行有效 / 已被修订 (a later version of the work exists) / 已废止 / 不详. */
export type DocumentStatus = 'in-force' | 'amended' | 'repealed' | 'unknown';

/** A parent a document implements: declared in its frontmatter, or found in its title or its 制定依据 article. */
export type ParentLink = {
  /** The parent as the evidence names it (《X》). */
  citation: string;
  /** The version resolved to: the one in force at the citing document's date; null when the collection lacks it. */
  documentId: string | null;
  /** The work the citation names; null when the collection lacks it. */
  workId: string | null;
  basis: Basis;
  /** declared: the frontmatter; title: 实施《X》办法 and the like; basis-article: 根据《X》……制定. */
  via: 'declared' | 'title' | 'basis-article';
  /** The words of the source that name the parent, quoted; null for a declaration without it. */
  evidence: string | null;
  note?: string;
  /** For a declared parent the collection lacks: what that parent is in turn based on, as the editor declared it. */
  parents?: { citation: string; documentId: string | null; basis: Basis; note?: string }[];
};

export type DocumentRecord = {
  id: string;
  title: string;
  shortTitle: string;
  level: Level | null;
  rank: Rank | null;
  area: string | null;
  issuer: string | null;
  docNumber: string | null;
  region: string | null;
  issued: string | null;
  effective: string | null;
  /** This version's date (lib/refs/version-at-date documentDate: the stated or inferred version date, else effective, issue or last history date); versions of one work are ordered by it, pages name them by it. */
  versionDate: string | null;
  /** The work this document is a version of (lib/works): the id of the work's earliest version, so a document with no other versions is its own work. */
  workId: string;
  status: DocumentStatus;
  /** Why the status is what it is: the frontmatter, a repeal notice quoted, or the later version. */
  statusEvidence: string | null;
  /** For 已被修订: the next version of the work. */
  supersededBy: string | null;
  docType: DocType;
  sourceFile: string;
  sourceLines: string;
  meta: DocumentMeta;
  parents: ParentLink[];
};

/** A law and its versions, newest first. */
export type WorkRecord = {
  id: string;
  title: string;
  versions: { documentId: string; versionDate: string | null; status: DocumentStatus }[];
  /** The version in force today, if the collection says which. */
  current: string | null;
};

export type ClauseRecord = {
  id: string;
  documentId: string;
  parentId: string | null;
  kind: ClauseKind;
  label: string;
  number: number | null;
  /** Full displayed text, sub-clauses included, corrections applied. */
  text: string;
  /** The verbatim source span. */
  sourceText: string;
  /** The clause's own displayed text, without sub-clauses, as runs that mark corrections. */
  head: TextRun[];
  line: number;
  depth: number;
};

export type CitationRecord = {
  fromClauseId: string;
  documentId: string;
  raw: string;
  kind: 'document' | 'internal';
  span: Span;
  targetDocumentId: string | null;
  targetClauseId: string | null;
  reason: string;
  /** For a document citation: what the text prints about the cited document. */
  cited?: CitedDocument;
};

/** A cited document as the citing text names it (lib/refs). */
export type CitedDocument = {
  /** The title as printed, without 《》〈〉; for a short-name use, the short name. */
  title: string | null;
  /** Normalised title (issuer, 关于, punctuation stripped): cited documents are grouped by it. */
  key: string | null;
  issuer: string | null;
  docNumber: string | null;
  /** The short name declared for it (以下简称《X》). */
  abbreviation: string | null;
  /** For a short-name use: the full title it stands for. */
  fullTitle?: string | null;
  /** plain 《X》; notice 《…关于印发〈X〉的通知》; inner the 〈X〉 in it; abbreviation a later short-name use; number a bare 文号. */
  role: 'plain' | 'notice' | 'inner' | 'abbreviation' | 'number';
  /** What identified it: declared-parent (a parent the frontmatter declares, in the collection or not), doc-number, title, fuzzy-title, excerpt, abbreviation, none. */
  via: string;
  /** Confidence of the resolution in [0, 1]; 0 when unresolved. */
  score: number;
};

export type LinkRecord = {
  from: string;
  to: string;
  kind: 'implements' | 'similar';
  score: number;
  evidence: { sharedTerms: string[]; hints: string[] };
  /** 1 for the best link from `from`, 2 for the next… (lib/refs sets it). */
  rank?: number;
  /** Who stands behind the link (lib/refs/apply-link-reviews); absent on links aligned on demand, which are inferred. */
  review?: LinkReview;
};

/**
 * inferred: made by alignment, not reviewed (系统推定); confirmed: made by
 * alignment and confirmed by an editor (编辑确认); added: confirmed by an
 * editor though alignment did not make it (编辑添加); rejected: made by
 * alignment and rejected by an editor (编辑否决, kept in rejectedLinks only).
 */
export type LinkReviewStatus = 'inferred' | 'confirmed' | 'added' | 'rejected';
export type LinkReview = {
  status: LinkReviewStatus;
  note?: string;
  /** The review entry: content/links/<document>.yaml and its line. */
  declaredAt?: { file: string; line: number };
};

/** What a possible conflict between a local provision and its parent is about (lib/compare/detect-conflicts). */
export type ConflictKind = 'deadline' | 'amount' | 'ratio' | 'count' | 'level' | 'subject' | 'modal';

/** A linked local and parent provision that differ in something a lawyer checks first, with both phrases. */
export type ConflictRecord = { from: string; to: string; kind: ConflictKind; local: string; parent: string };

export type Corpus = {
  documents: DocumentRecord[];
  works: WorkRecord[];
  clauses: ClauseRecord[];
  citations: CitationRecord[];
  links: LinkRecord[];
  /** Links alignment made and an editor rejected: not shown as links, kept on record with the decision. */
  rejectedLinks: LinkRecord[];
  /** Possible conflicts between linked local and parent provisions. */
  conflicts: ConflictRecord[];
  findings: Finding[];
  exclusions: Exclusion[];
  corrections: (Correction & { documentId: string })[];
};

/** A topic ready for the site: validated frontmatter, MDX body and the clauses it embeds. */
export type TopicRecord = TopicMeta & { slug: string; body: string; refs: string[] };

/** A verbatim source for the site's source pages, normalised as the parser read it. */
export type SourceText = { file: string; text: string; title: string | null; origin: string | null };
