import {
  TASK_STATUSES,
  WEB_FORM_STATUSES,
  isFinalTask,
  isFinalWebFormStatus,
  mergeTask,
  mergeWebForm,
  type TaskStatus,
  type WebFormStatus,
} from '@webform-kit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const ID = '946db09e-5bfc-11eb-ae93-0242ac130002';
const OTHER_ID = '31c508d8-51da-11eb-ae93-0242ac130002';
const WF_URL = `https://webform.finapi.io/wf/${ID}`;

// `seq` tells snapshots with the same status apart, so the tests can say which one was kept.
function webForm(status: WebFormStatus, seq = 0, id = ID) {
  return { id, status, seq };
}

function task(status: TaskStatus, webFormStatus?: WebFormStatus, seq = 0, id = OTHER_ID) {
  return {
    id,
    status,
    seq,
    payload: {
      bankConnectionId: 101,
      webForm: webFormStatus === undefined ? null : { id: ID, url: WF_URL, status: webFormStatus },
    },
  };
}

describe('mergeWebForm', () => {
  it('takes the newer snapshot when there is nothing older', () => {
    const newer = webForm('NOT_YET_OPENED');
    expect(mergeWebForm(undefined, newer)).toBe(newer);
  });

  it('moves forward from NOT_YET_OPENED to IN_PROGRESS to a final status', () => {
    const opened = mergeWebForm(webForm('NOT_YET_OPENED'), webForm('IN_PROGRESS'));
    expect(opened.status).toBe('IN_PROGRESS');
    expect(mergeWebForm(opened, webForm('COMPLETED')).status).toBe('COMPLETED');
  });

  it.each(['NOT_YET_OPENED', 'IN_PROGRESS'] as const)(
    'never moves a final status back to %s',
    (pending) => {
      const final = webForm('COMPLETED');
      expect(mergeWebForm(final, webForm(pending))).toBe(final);
    },
  );

  it('keeps the first final status when a different final one arrives later', () => {
    const first = webForm('ABORTED', 1);
    expect(mergeWebForm(first, webForm('EXPIRED', 2))).toBe(first);
    expect(mergeWebForm(first, webForm('COMPLETED', 3))).toBe(first);
  });

  it('ignores a snapshot that is behind (a slow poll overtaken by a push)', () => {
    const inProgress = webForm('IN_PROGRESS', 2);
    expect(mergeWebForm(inProgress, webForm('NOT_YET_OPENED', 1))).toBe(inProgress);
  });

  it('takes the newer of two snapshots with the same pending status', () => {
    const newer = webForm('IN_PROGRESS', 2);
    expect(mergeWebForm(webForm('IN_PROGRESS', 1), newer)).toBe(newer);
  });

  it('takes the newer snapshot when it is a different web form, even a pending one', () => {
    const other = webForm('NOT_YET_OPENED', 0, OTHER_ID);
    expect(mergeWebForm(webForm('COMPLETED'), other)).toBe(other);
  });
});

describe('mergeTask', () => {
  it('ignores NOT_YET_STARTED after IN_PROGRESS', () => {
    const running = task('IN_PROGRESS');
    expect(mergeTask(running, task('NOT_YET_STARTED'))).toBe(running);
  });

  it('moves from IN_PROGRESS to WEB_FORM_REQUIRED', () => {
    const required = task('WEB_FORM_REQUIRED', 'NOT_YET_OPENED');
    expect(mergeTask(task('IN_PROGRESS'), required)).toBe(required);
  });

  it("follows the task's web form forward, and not back", () => {
    const opened = task('WEB_FORM_REQUIRED', 'IN_PROGRESS');
    expect(mergeTask(task('WEB_FORM_REQUIRED', 'NOT_YET_OPENED'), opened)).toBe(opened);
    expect(mergeTask(opened, task('WEB_FORM_REQUIRED', 'NOT_YET_OPENED'))).toBe(opened);
  });

  it('treats WEB_FORM_REQUIRED with a final web form as final', () => {
    const aborted = task('WEB_FORM_REQUIRED', 'ABORTED');
    expect(mergeTask(aborted, task('WEB_FORM_REQUIRED', 'IN_PROGRESS'))).toBe(aborted);
    expect(mergeTask(aborted, task('COMPLETED'))).toBe(aborted);
  });

  it.each(['NOT_YET_STARTED', 'IN_PROGRESS', 'WEB_FORM_REQUIRED'] as const)(
    'never moves COMPLETED back to %s',
    (status) => {
      const completed = task('COMPLETED');
      expect(mergeTask(completed, task(status, 'IN_PROGRESS'))).toBe(completed);
    },
  );

  it('keeps the first final status', () => {
    const failed = task('COMPLETED_WITH_ERROR', undefined, 1);
    expect(mergeTask(failed, task('COMPLETED', undefined, 2))).toBe(failed);
  });

  it('takes the newer snapshot when it is a different task', () => {
    const other = task('NOT_YET_STARTED', undefined, 0, ID);
    expect(mergeTask(task('COMPLETED'), other)).toBe(other);
  });
});

describe('merging snapshots delivered in any order (property)', () => {
  const webFormStatus = fc.constantFrom(...WEB_FORM_STATUSES);
  const taskStatus = fc.constantFrom(...TASK_STATUSES);
  const webFormSnapshots = fc
    .array(webFormStatus, { minLength: 1, maxLength: 12 })
    .map((statuses) => statuses.map((status, seq) => webForm(status, seq)));
  const taskSnapshots = fc
    .array(fc.tuple(taskStatus, fc.option(webFormStatus, { nil: undefined })), {
      minLength: 1,
      maxLength: 12,
    })
    .map((list) => list.map(([status, wf], seq) => task(status, wf, seq)));

  it('a web form stays at the first final status it reached', () => {
    fc.assert(
      fc.property(webFormSnapshots, (snapshots) => {
        let merged: ReturnType<typeof webForm> | undefined;
        let firstFinal: ReturnType<typeof webForm> | undefined;
        for (const snapshot of snapshots) {
          merged = mergeWebForm(merged, snapshot);
          firstFinal ??= isFinalWebFormStatus(snapshot.status) ? snapshot : undefined;
          if (firstFinal !== undefined) expect(merged).toBe(firstFinal);
        }
      }),
    );
  });

  it('a pending web form never moves back from IN_PROGRESS to NOT_YET_OPENED', () => {
    fc.assert(
      fc.property(webFormSnapshots, (snapshots) => {
        let merged: ReturnType<typeof webForm> | undefined;
        let opened = false;
        for (const snapshot of snapshots) {
          merged = mergeWebForm(merged, snapshot);
          opened ||= merged.status !== 'NOT_YET_OPENED';
          if (opened) expect(merged.status).not.toBe('NOT_YET_OPENED');
        }
      }),
    );
  });

  it("a web form's real history, shuffled, always ends at its final snapshot", () => {
    const history = fc
      .tuple(
        fc.nat({ max: 3 }),
        fc.nat({ max: 3 }),
        fc.constantFrom(...(['COMPLETED', 'COMPLETED_WITH_ERROR', 'EXPIRED', 'ABORTED'] as const)),
      )
      .map(([notOpened, inProgress, final]) => [
        ...Array.from({ length: notOpened }, () => 'NOT_YET_OPENED' as const),
        ...Array.from({ length: inProgress }, () => 'IN_PROGRESS' as const),
        final,
      ])
      .map((statuses) => statuses.map((status, seq) => webForm(status, seq)));
    fc.assert(
      fc.property(
        history.chain((snapshots) =>
          fc.tuple(
            fc.constant(snapshots),
            fc.shuffledSubarray(snapshots, { minLength: snapshots.length }),
          ),
        ),
        ([snapshots, delivered]) => {
          const merged = delivered.reduce<ReturnType<typeof webForm> | undefined>(
            mergeWebForm,
            undefined,
          );
          expect(merged).toBe(snapshots.at(-1));
        },
      ),
    );
  });

  it('a task stays at the first final snapshot it reached', () => {
    fc.assert(
      fc.property(taskSnapshots, (snapshots) => {
        let merged: ReturnType<typeof task> | undefined;
        let firstFinal: ReturnType<typeof task> | undefined;
        for (const snapshot of snapshots) {
          merged = mergeTask(merged, snapshot);
          firstFinal ??= isFinalTask(snapshot) ? snapshot : undefined;
          if (firstFinal !== undefined) {
            expect(merged).toBe(firstFinal);
            expect(isFinalTask(merged)).toBe(true);
          }
        }
      }),
    );
  });
});
