/**
 * The content schemas: what editors write in content/ (document frontmatter,
 * source manifests, topics, glossary), validated with zod; the TypeScript
 * types derive from them.
 */
import { z } from 'zod';

/** Document, glossary and other ids: they appear in URLs and in "<documentId>#<clauseId>" references. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Where a metadata value comes from: printed in the text, or an editor's inference. */
export const Basis = z.enum(['stated', 'inferred', 'unknown']);
export type Basis = z.infer<typeof Basis>;

/** A metadata field with its provenance. `value: null` means the text does not tell. */
const field = <T extends z.ZodType>(value: T) =>
  z
    .object({
      value: value.nullable(),
      basis: Basis,
      /** For `stated`: the words of the source that state it, quoted. */
      evidence: z.string().optional(),
      note: z.string().optional(),
    })
    .strict()
    .superRefine((f, ctx) => {
      if (f.basis === 'inferred' && !f.note) ctx.addIssue({ code: 'custom', message: '编辑推定（inferred）的值须在 note 中写明理由' });
      if ((f as unknown as { value: unknown }).value === null && f.basis !== 'unknown') ctx.addIssue({ code: 'custom', message: '值为 null 时 basis 须为 unknown' });
    });

export const Level = z.enum(['central', 'provincial', 'prefecture', 'county']);
export type Level = z.infer<typeof Level>;

/** 效力位阶: the kind of legal instrument, as the Legislation Law ranks them; `other` for party and normative documents. */
export const Rank = z.enum([
  'constitution',
  'law',
  'administrative-regulation',
  'departmental-rule',
  'judicial-interpretation',
  'local-regulation',
  'other',
]);
export type Rank = z.infer<typeof Rank>;

/** A field no one has filled in: the default for the fields added after the first documents were written. */
const UNKNOWN = { value: null, basis: 'unknown' as const };

/** One line of the adoption and amendment history printed above the body (通过、修正、修订、发布、施行). */
export const HistoryEntry = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    /** What happened: adopted, amended, revised, published, approved, in force, or another event. */
    event: z.enum(['adopted', 'amended', 'revised', 'published', 'approved', 'effective', 'other']),
    text: z.string().min(1),
    /** The line of the source that prints it. */
    line: z.number().int().positive(),
  })
  .strict();
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const DocType = z.enum(['regulation', 'notice', 'interpretation', 'speech', 'plan']);
export type DocType = z.infer<typeof DocType>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期写作 YYYY-MM-DD');
const lineRange = z.string().regex(/^\d+(-\d+)?$/, '行范围写作“N”或“N-M”');

const parentFields = {
  citation: z.string().min(1),
  documentId: z.string().nullable(),
  basis: Basis,
  note: z.string().optional(),
};

/** What an uncollected parent is in turn based on: one level, since a collected parent declares its own parents in its own file. */
export const GrandparentRef = z.object(parentFields).strict();
export type GrandparentRef = z.infer<typeof GrandparentRef>;

/**
 * A parent the document declares it implements ("根据《…》制定本办法"). A
 * parent the collection lacks may name its own parents (`parents`), so a
 * city rule made under an uncollected provincial rule still reaches the
 * central rule the province implemented: the placeholder stands in the chain.
 */
export const ParentRef = z
  .object({ ...parentFields, parents: z.array(GrandparentRef).optional() })
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
    /** 效力位阶 (宪法/法律/行政法规/部门规章/司法解释/地方性法规). */
    rank: field(Rank).default(UNKNOWN),
    /** 法律部门 (宪法相关法、民法商法、行政法…), for browsing. */
    area: field(z.string()).default(UNKNOWN),
    /** The date of this version (publication or latest amendment): versions of one work are ordered by it. */
    versionDate: field(isoDate).default(UNKNOWN),
    /** The adoption and amendment history the source prints above its body. */
    history: z.array(HistoryEntry).default([]),
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
export type MetaField<T> = { value: T | null; basis: Basis; evidence?: string; note?: string };

export const ExclusionKind = z.enum(['chrome', 'compilation-heading', 'blank', 'unassigned', 'history', 'markup']);
export type ExclusionKind = z.infer<typeof ExclusionKind>;

/** `content/sources/<file>.yaml`: what a source holds besides its documents. */
export const SourceManifest = z
  .object({
    title: z.string().optional(),
    origin: z.string().optional(),
    /** Where an imported source came from: the collection, its commit, the file's path in it and the file's SHA-256. */
    provenance: z
      .object({
        collection: z.string().min(1),
        commit: z.string().nullable(),
        path: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      })
      .strict()
      .optional(),
    exclusions: z
      .array(z.object({ lines: lineRange, kind: ExclusionKind, reason: z.string().min(1) }).strict())
      .default([]),
  })
  .strict();
export type SourceManifest = z.infer<typeof SourceManifest>;

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

/** `content/search-examples.yaml`: the example searches offered while the search box is empty, in order. */
export const SearchExamples = z
  .array(z.string().trim().min(1, '示例检索不能为空').max(30, '示例检索不超过 30 字'))
  .min(1, '至少列出一个示例检索')
  .superRefine((list, ctx) =>
    list.forEach((e, i) => {
      if (list.indexOf(e) < i) ctx.addIssue({ code: 'custom', path: [i], message: `示例检索“${e}”重复` });
    }),
  );

/**
 * `content/synonyms.yaml`: groups of wordings that a search for one also
 * finds (问责 and 责任追究), beside the glossary's terms and aliases. Each
 * group is a list of two or more wordings.
 */
export const Synonyms = z.array(
  z
    .array(z.string().trim().min(1, '同义词不能为空').max(20, '同义词不超过 20 字'))
    .min(2, '每组至少列出两个同义的写法')
    .superRefine((group, ctx) =>
      group.forEach((w, i) => {
        if (group.indexOf(w) < i) ctx.addIssue({ code: 'custom', path: [i], message: `同义词“${w}”在本组中重复` });
      }),
    ),
);

/** An editor's decision on a clause link: confirmed (shown as 编辑确认) or rejected (not shown, kept on record). */
export const LinkDecision = z.enum(['confirmed', 'rejected']);
export type LinkDecision = z.infer<typeof LinkDecision>;

/**
 * `content/links/<local-document-id>.yaml`: an editor's review of the clause
 * links from one document. `from` is a clause of that document, `to` a clause
 * anywhere ("文件编号#条款编号"). Clause ids come from the printed numbering
 * (art-24, art-18-item-1), so a decision outlives rebuilds and re-imports.
 */
export const LinkReviewEntry = z
  .object({
    from: z.string().regex(/^[A-Za-z0-9-]+$/, 'from 写本文件的条款编号，如 art-24'),
    to: clauseRef,
    decision: LinkDecision,
    note: z.string().min(1).optional(),
  })
  .strict();
export type LinkReviewEntry = z.infer<typeof LinkReviewEntry>;
export const LinkReviews = z.array(LinkReviewEntry);
