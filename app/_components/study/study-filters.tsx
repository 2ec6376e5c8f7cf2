/** The self-test's filters: topic, level, document (narrowed to the level), and which questions of them to ask. */
export type Option = { id: string; name: string };
export type Filters = { topic: string; doc: string; level: string };
export type Mode = 'all' | 'new' | 'wrong';

const MODES: { id: Mode; label: string }[] = [
  { id: 'all', label: '全部题目' },
  { id: 'new', label: '未做过的' },
  { id: 'wrong', label: '重做错题' },
];

type Props = {
  documents: Option[];
  topics: Option[];
  levels: Option[];
  filters: Filters;
  mode: Mode;
  wrongCount: number | null;
  onChange: (next: Partial<Filters>) => void;
  onMode: (mode: Mode) => void;
};

export function StudyFilters({ documents, topics, levels, filters, mode, wrongCount, onChange, onMode }: Props) {
  return (
    <div className="mb-4 flex flex-wrap items-end gap-4 rounded border border-rule bg-white px-4 py-3 text-sm">
      <Select label="专题" all="全部专题" value={filters.topic} options={topics} onChange={(topic) => onChange({ topic })} />
      <Select label="层级" all="全部层级" value={filters.level} options={levels} onChange={(level) => onChange({ level, doc: '' })} />
      <Select label="文件" all="全部文件" value={filters.doc} options={documents} onChange={(doc) => onChange({ doc })} />
      <div role="group" aria-label="出题范围" className="flex flex-wrap gap-2">
        {MODES.map((m) => (
          <button key={m.id} type="button" aria-pressed={mode === m.id} onClick={() => onMode(m.id)} className={`reading-button ${mode === m.id ? 'border-link! bg-link! text-white!' : ''}`}>
            {m.label}
            {m.id === 'wrong' && wrongCount !== null ? `（${wrongCount}）` : ''}
          </button>
        ))}
      </div>
    </div>
  );
}

function Select({ label, all, value, options, onChange }: { label: string; all: string; value: string; options: Option[]; onChange: (id: string) => void }) {
  return (
    <label className="flex flex-col gap-1">
      <span className="text-muted">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className="max-w-[16rem] rounded border border-rule bg-white px-2 py-1">
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
