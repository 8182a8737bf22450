/**
 * Lets the page handle what is waiting (a click, a key, a frame) before long work goes on: a task
 * posted through a message channel, which runs as soon as the page is free (a timer would wait at
 * least 4 ms once nested).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
