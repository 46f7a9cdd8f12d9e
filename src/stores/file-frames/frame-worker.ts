/**
 * A file-frame worker: runs the frame jobs the file screen sends it (frame-job.ts), so reading the
 * file, AES-GCM and building Blobs happen off the page's thread. It holds a job's CryptoKey (a
 * non-extractable clone; the plaintext data key never exists here) only while the job runs.
 */
import { runFrameJob, type FrameJob, type FrameJobMessage } from './frame-job.ts'

self.addEventListener('message', (event: MessageEvent<FrameJob>) => {
  void runFrameJob(event.data, (message: FrameJobMessage) => self.postMessage(message))
})
