import type { ReactNode } from 'react';
import type { HeadingLevel } from './ScreenLayout.tsx';

/** A heading one level below the screen's own, so the outline stays in order. */
export function Subheading({ level, children }: { level: HeadingLevel; children: ReactNode }) {
  const Tag = `h${Math.min(level + 1, 6) as HeadingLevel}` as const;
  return <Tag className="wfk-screen__subheading">{children}</Tag>;
}
