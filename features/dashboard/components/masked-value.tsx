/** A masked value: the bullets for the eye, plain words ("ending in 3456") for a screen reader. */
export function MaskedValue({ masked, spoken }: { masked: string; spoken: string }) {
  return (
    <>
      {/* Digits line up in a fixed-width face; the "never shown" note reads as prose. */}
      <span aria-hidden="true" className={spoken.startsWith("ending in") ? "font-mono" : undefined}>
        {masked}
      </span>
      <span className="sr-only">{spoken}</span>
    </>
  );
}
