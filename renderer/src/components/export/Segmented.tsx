// A row of mutually exclusive buttons (a radio group) with its label.
export function Segmented<T extends string>(props: {
  label: string;
  value: T;
  onChange(v: T): void;
  options: [NoInfer<T>, string][];
  testId: string;
}) {
  return (
    <div className="segmented-row">
      <span className="segmented-label">{props.label}</span>
      <div className="segmented" role="radiogroup" aria-label={props.label} data-testid={props.testId}>
        {props.options.map(([value, text]) => (
          <button
            key={value}
            type="button"
            role="radio"
            aria-checked={props.value === value}
            className={props.value === value ? 'seg active' : 'seg'}
            data-value={value}
            onClick={() => props.onChange(value)}
          >
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}
