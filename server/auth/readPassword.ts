/**
 * Reads a password from standard input: typed at a terminal without echo (asked twice), or
 * the first line of whatever is piped in.
 */
export async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) return firstLine(await readAll(process.stdin));
  const [password, again] = await readHiddenLines([prompt, 'Again: ']);
  if (password !== again) throw new Error('the two passwords differ');
  return password ?? '';
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/**
 * Reads one line per prompt from the terminal in raw mode, so nothing typed is echoed. One
 * chunk may hold several lines (typed ahead, pasted): each goes to its own prompt.
 */
function readHiddenLines(prompts: readonly string[]): Promise<string[]> {
  const input = process.stdin;
  const lines: string[] = [];
  let typed = '';
  return new Promise((resolve, reject) => {
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      if (error) reject(error);
      else resolve(lines);
    };
    const onData = (data: Buffer) => {
      for (const character of data.toString('utf8')) {
        if (character === '\u0003' || character === '\u0004') {
          process.stderr.write('\n');
          return finish(new Error('cancelled'));
        }
        if (character === '\r' || character === '\n') {
          process.stderr.write('\n');
          lines.push(typed);
          typed = '';
          if (lines.length === prompts.length) return finish();
          process.stderr.write(prompts[lines.length] ?? '');
        } else if (character === '\u007f' || character === '\b') {
          typed = typed.slice(0, -1);
        } else {
          typed += character;
        }
      }
    };
    // Echo off before the prompt shows: whatever is typed after it is never displayed.
    input.setRawMode(true);
    input.resume();
    input.on('data', onData);
    process.stderr.write(prompts[0] ?? '');
  });
}
