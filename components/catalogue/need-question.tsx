/** One need-finder question: a fieldset of large radio choices, each with a pictogram and words. */
export function NeedQuestion({
  name,
  legend,
  hint,
  options,
  selected,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; pictogram?: string }[];
  selected?: string;
}) {
  return (
    <fieldset className="mb-8" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="mb-2 text-xl font-semibold">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="mb-3 text-slate-700">
          {hint}
        </p>
      )}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-11 cursor-pointer items-center gap-3 rounded border-2 border-slate-300 p-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-amber-700"
          >
            <input type="radio" name={name} value={o.value} defaultChecked={selected === o.value} className="size-5 shrink-0 accent-brand-700" />
            {/* the label's words name the choice; the pictogram only supports them */}
            {o.pictogram && <img src={o.pictogram} alt="" width={48} height={48} className="size-12 shrink-0" />}
            <span className="font-medium">{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
