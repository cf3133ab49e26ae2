import { classifyWebgl, type WebglSupport } from './graphMode';

let cached: WebglSupport | null = null;

/**
 * Whether this browser has WebGL 2 on a GPU, in software, or not at all: asked once, from a
 * throwaway canvas whose context is released straight away.
 */
export function detectWebgl(): WebglSupport {
  if (cached) return cached;
  let renderer: string | null = null;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      // Chromium says only "WebKit WebGL" here and names the device through the extension;
      // Firefox names it here (and warns that the extension is deprecated).
      renderer = String(gl.getParameter(gl.RENDERER) ?? '');
      const info = /^webkit webgl$/i.test(renderer) ? gl.getExtension('WEBGL_debug_renderer_info') : null;
      if (info) renderer = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL) ?? '');
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    renderer = null;
  }
  cached = classifyWebgl(renderer);
  return cached;
}
