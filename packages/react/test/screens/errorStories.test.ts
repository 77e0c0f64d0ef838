import { KNOWN_WEB_FORM_ERROR_CODES } from '@webform-kit/core';
import { describe, expect, it } from 'vitest';
import * as stories from '../../src/screens/CompletedWithErrorScreen.stories.tsx';

describe('completed-with-error stories', () => {
  it('have a story for each of finAPI’s error codes, an unknown one and none', () => {
    const codes = Object.entries(stories)
      .filter(([name]) => name !== 'default')
      .map(([, story]) => (story as { args?: { errorCode?: unknown } }).args?.errorCode);
    expect(new Set(codes)).toEqual(
      new Set([...KNOWN_WEB_FORM_ERROR_CODES, 'SOME_FUTURE_CODE', null]),
    );
  });
});
