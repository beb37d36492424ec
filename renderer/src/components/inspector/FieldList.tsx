// The fields of a source record or source link as the case states them, empty ones left out.
export function FieldList({ fields }: { fields: Record<string, string> }) {
  const stated = Object.entries(fields).filter(([, v]) => v !== '');
  if (stated.length === 0) return null;
  return (
    <dl className="fields">
      {stated.map(([k, v]) => (
        <div key={k} className="field">
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
