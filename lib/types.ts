/**
 * The one place where the project's data shapes live. Content files are
 * validated with these zod schemas; the TypeScript types derive from them.
 */
import { z } from 'zod';

/** Where a metadata value comes from: printed in the text, or an editor's inference. */
/** Document, glossary and other ids: they appear in URLs and in "<documentId>#<clauseId>" references. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

export const Basis = z.enum(['stated', 'inferred', 'unknown']);
export type Basis = z.infer<typeof Basis>;

/** A metadata field with its provenance. `value: null` means the text does not tell. */
const field = <T extends z.ZodType>(value: T) =>
  z
    .object({
      value: value.nullable(),
      basis: Basis,
      note: z.string().optional(),
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.basis === 'inferred' && !f.note) ctx.addIssue({ code: 'custom', message: '编辑推定（inferred）的值须在 note 中写明理由' });
      if ((f as unknown as { value: unknown }).value === null && f.basis !== 'unknown') ctx.addIssue({ code: 'custom', message: '值为 null 时 basis 须为 unknown' });
    });

export const Level = z.enum(['central', 'provincial', 'prefecture', 'county']);
export type Level = z.infer<typeof Level>;

export const DocType = z.enum(['regulation', 'notice', 'interpretation', 'speech', 'plan']);
export type DocType = z.infer<typeof DocType>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期写作 YYYY-MM-DD');
const lineRange = z.string().regex(/^\d+(-\d+)?$/, '行范围写作“N”或“N-M”');

/** A parent the document declares it implements ("根据《…》制定本办法"). */
export const ParentRef = z
  .object({
    citation: z.string().min(1),
    documentId: z.string().nullable(),
    basis: Basis,
    note: z.string().optional(),
  })
  .strict();
export type ParentRef = z.infer<typeof ParentRef>;

/** Frontmatter of `content/documents/<id>.mdx`. */
export const DocumentMeta = z
  .object({
    title: field(z.string()),
    shortTitle: field(z.string()),
    issuer: field(z.string()),
    docNumber: field(z.string()),
    level: field(Level),
    region: field(z.string()),
    issued: field(isoDate),
    effective: field(isoDate),
    status: field(z.enum(['in-force', 'repealed', 'amended', 'unknown'])),
    docType: DocType,
    parents: z.array(ParentRef).default([]),
    source: z
      .object({
        file: z.string().min(1),
        lines: lineRange,
        /** Lines inside `lines` that print the title rather than provisions. */
        titleLines: z.array(z.number().int().positive()).default([]),
      })
      .strict(),
  })
  .strict();
export type DocumentMeta = z.infer<typeof DocumentMeta>;
export type MetaField<T> = { value: T | null; basis: Basis; note?: string };

export const ExclusionKind = z.enum(['chrome', 'compilation-heading', 'blank', 'unassigned']);
export type ExclusionKind = z.infer<typeof ExclusionKind>;

/** `content/sources/<file>.yaml`: what a source holds besides its documents. */
export const SourceManifest = z
  .object({
    title: z.string().optional(),
    origin: z.string().optional(),
    exclusions: z
      .array(z.object({ lines: lineRange, kind: ExclusionKind, reason: z.string().min(1) }).strict())
      .default([]),
  })
  .strict();
export type SourceManifest = z.infer<typeof SourceManifest>;

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
  /** Whole extent, children included. */
  span: Span;
  /** The node's own lines, before its first child. */
  head: Span;
  /** 1-based source line of the first line. */
  line: number;
  children: ClauseNode[];
};

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
  | 'invisible-char';

export type Finding = {
  documentId: string;
  clauseId: string | null;
  kind: FindingKind;
  message: string;
  severity: 'info' | 'warning' | 'error';
};

/** A parsed document: its tree over the source's normalised text. */
export type DocumentTree = {
  sourceFile: string;
  span: Span;
  children: ClauseNode[];
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

export type DocumentRecord = {
  id: string;
  title: string;
  shortTitle: string;
  level: Level | null;
  issuer: string | null;
  docNumber: string | null;
  region: string | null;
  issued: string | null;
  effective: string | null;
  status: string | null;
  docType: DocType;
  sourceFile: string;
  sourceLines: string;
  meta: DocumentMeta;
  parents: ParentRef[];
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
};

export type Corpus = {
  documents: DocumentRecord[];
  clauses: ClauseRecord[];
  citations: CitationRecord[];
  links: LinkRecord[];
  findings: Finding[];
  exclusions: Exclusion[];
  corrections: (Correction & { documentId: string })[];
};

/** A clause named across documents: "<documentId>#<clauseId>". */
const clauseRef = z.string().regex(/^[a-z0-9][a-z0-9-]*#[A-Za-z0-9-]+$/, '条款引用写作“文件编号#条款编号”');

/** Frontmatter of `content/topics/<slug>.mdx`: a theme across documents, for study. */
export const TopicMeta = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    /** Position in the list of topics, smallest first. */
    order: z.number().int(),
  })
  .strict();
export type TopicMeta = z.infer<typeof TopicMeta>;

/** One entry of `content/glossary.yaml`. */
export const GlossaryEntry = z
  .object({
    /** Anchor on /glossary/ (ASCII, so links stay readable). */
    id: z.string().regex(ID_PATTERN, '编号只能由小写英文字母、数字和连字符组成'),
    term: z.string().min(1),
    /** Other wordings that mean the same and are marked in the text too (一票否决权制). */
    aliases: z.array(z.string().min(1)).default([]),
    definition: z.string().min(1),
    /** The clauses the definition is written from; each must use the term. */
    cite: z.array(clauseRef).min(1),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;
export const Glossary = z.array(GlossaryEntry);

/** A topic ready for the site: validated frontmatter, MDX body and the clauses it embeds. */
export type TopicRecord = TopicMeta & { slug: string; body: string; refs: string[] };
