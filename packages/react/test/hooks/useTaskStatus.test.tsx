import { act, cleanup, renderHook } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTaskStatus } from '../../src/hooks/index.ts';
import { FakeEventSource } from './support/FakeEventSource.ts';
import { FakeProxy } from './support/fakeProxy.ts';
import { TASK_ID, TASK_WEB_FORM_ID, task, taskNeedingWebForm } from './support/fixtures.ts';
import { advance, createKit, flush, useFakeClock } from './support/kit.tsx';

const proxy = new FakeProxy();
const GET = `GET /api/tasks/${TASK_ID}`;

beforeAll(() => proxy.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => proxy.server.close());
beforeEach(() => useFakeClock());
afterEach(() => {
  cleanup();
  proxy.reset();
  FakeEventSource.reset();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('useTaskStatus', () => {
  it('follows a task that completes on its own, then stops', async () => {
    proxy.answer(
      GET,
      task({ status: 'NOT_YET_STARTED' }),
      task({ status: 'IN_PROGRESS' }),
      task({ status: 'COMPLETED' }),
    );
    const { wrapper } = createKit();
    const { result } = renderHook(() => useTaskStatus(TASK_ID), { wrapper });
    await flush();
    expect(result.current.outcome).toEqual({ kind: 'pending', status: 'NOT_YET_STARTED' });
    expect(result.current.webForm).toBeNull();

    await advance(4_000);
    expect(result.current.outcome).toEqual({
      kind: 'completed',
      resource: 'bank-connection',
      bankConnectionId: 7,
    });
    expect(result.current.isFinal).toBe(true);
    await advance(60_000);
    expect(proxy.count(GET)).toBe(3);
  });

  it('exposes the web form a task needs and follows it to the end', async () => {
    proxy.answer(
      GET,
      task({ status: 'IN_PROGRESS' }),
      taskNeedingWebForm('NOT_YET_OPENED'),
      taskNeedingWebForm('IN_PROGRESS'),
      taskNeedingWebForm('COMPLETED'),
    );
    const { wrapper } = createKit();
    const { result } = renderHook(() => useTaskStatus(TASK_ID), { wrapper });
    await advance(2_000);
    expect(result.current.status).toBe('WEB_FORM_REQUIRED');
    expect(result.current.webForm).toEqual({
      id: TASK_WEB_FORM_ID,
      url: `https://webform.example/wf/${TASK_WEB_FORM_ID}`,
      status: 'NOT_YET_OPENED',
    });
    expect(result.current.outcome?.kind).toBe('web-form-required');
    expect(result.current.isFinal).toBe(false);

    await advance(2_000);
    expect(result.current.webForm?.status).toBe('IN_PROGRESS');
    await advance(2_000);
    // The task keeps WEB_FORM_REQUIRED; its web form's final status decides.
    expect(result.current.status).toBe('WEB_FORM_REQUIRED');
    expect(result.current.outcome?.kind).toBe('completed');
    expect(result.current.isFinal).toBe(true);
    await advance(60_000);
    expect(proxy.count(GET)).toBe(4);
  });

  it('reports the outcome of an aborted task web form', async () => {
    proxy.answer(GET, taskNeedingWebForm('ABORTED'));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useTaskStatus(TASK_ID), { wrapper });
    await flush();
    expect(result.current.outcome).toEqual({ kind: 'aborted' });
  });

  it("listens to the task's own event stream", async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    proxy.answer(GET, task({ status: 'IN_PROGRESS' }));
    const { wrapper } = createKit();
    const { result } = renderHook(() => useTaskStatus(TASK_ID), { wrapper });
    await flush();
    const source = FakeEventSource.instances[0];
    expect(source?.url).toBe(`/api/tasks/${TASK_ID}/events`);
    act(() => source?.send(taskNeedingWebForm('NOT_YET_OPENED')));
    expect(result.current.outcome?.kind).toBe('web-form-required');
    act(() => source?.send(taskNeedingWebForm('EXPIRED')));
    expect(result.current.outcome).toEqual({ kind: 'expired' });
    expect(source?.readyState).toBe(FakeEventSource.CLOSED);
  });

  it('watches nothing for a null id', async () => {
    const { wrapper } = createKit();
    const { result } = renderHook(() => useTaskStatus(null), { wrapper });
    await advance(10_000);
    expect(proxy.requests).toHaveLength(0);
    expect(result.current.isLoading).toBe(false);
    expect(result.current.task).toBeUndefined();
  });
});
