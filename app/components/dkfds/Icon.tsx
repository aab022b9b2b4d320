/** A DKFDS icon from the sprite; decorative unless given a label. */
export function Icon({ name, label, className }: { name: string; label?: string; className?: string }) {
  return (
    <svg
      className={className ? `icon-svg ${className}` : "icon-svg"}
      focusable="false"
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? "img" : undefined}
    >
      <use href={`/dkfds/img/all-svg-icons.svg#${name}`} />
    </svg>
  );
}
