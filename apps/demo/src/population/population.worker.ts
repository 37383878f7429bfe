/**
 * The population view's Web Worker: runs the SDK's `simulatePopulation` off the page's thread (one thread, as
 * the SDK runs in a browser) and posts its progress and its report. The page cancels a run by terminating
 * this worker.
 */
import '../zod-jitless';
import { simulatePopulation } from '@detainer-kit/sdk';
import { describeError } from '../model/share-state';
import type { RunRequest, WorkerReply } from './worker-protocol';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.addEventListener('message', (event: MessageEvent<RunRequest>) => {
  if (event.data?.type !== 'run') return;
  simulatePopulation({
    ...event.data.options,
    onProgress: ({ done, total }) => post({ type: 'progress', done, total }),
  }).then(
    (report) => post({ type: 'done', report }),
    (error: unknown) => post({ type: 'error', message: describeError(error, 'population settings') }),
  );
});
