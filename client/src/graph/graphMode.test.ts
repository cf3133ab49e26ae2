import { describe, expect, it } from 'vitest';
import { classifyWebgl, graphModeFor, labelTooSmall, LARGE_GRAPH_ELEMENTS, pngSize, rendererFor, rendererOptions, zoomRange } from './graphMode';

describe('graphModeFor', () => {
  it('is normal up to the threshold and large above it', () => {
    expect(graphModeFor(245)).toBe('normal'); // the seed: 84 entities, 161 relations
    expect(graphModeFor(LARGE_GRAPH_ELEMENTS)).toBe('normal');
    expect(graphModeFor(LARGE_GRAPH_ELEMENTS + 1)).toBe('large');
  });
});

describe('classifyWebgl', () => {
  it('tells a GPU from a software rasteriser, and no WebGL', () => {
    expect(classifyWebgl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe('hardware');
    expect(classifyWebgl('Apple M2')).toBe('hardware');
    expect(classifyWebgl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe('software');
    expect(classifyWebgl('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(classifyWebgl(null)).toBe('none');
  });
});

describe('rendererFor', () => {
  it('draws small graphs on Canvas 2D, whatever the GPU or a forced choice', () => {
    expect(rendererFor('normal', 'hardware')).toBe('canvas');
    expect(rendererFor('normal', 'hardware', 'webgl')).toBe('canvas');
  });

  it('uses WebGL for large graphs only on a GPU', () => {
    expect(rendererFor('large', 'hardware')).toBe('webgl');
    expect(rendererFor('large', 'software')).toBe('canvas');
    expect(rendererFor('large', 'none')).toBe('canvas');
  });

  it('lets a forced choice win for large graphs', () => {
    expect(rendererFor('large', 'software', 'webgl')).toBe('webgl');
    expect(rendererFor('large', 'hardware', 'canvas')).toBe('canvas');
  });
});

describe('rendererOptions', () => {
  it('adds nothing for small graphs, so they look as they always did', () => {
    expect(rendererOptions('normal', 'canvas')).toEqual({});
  });

  it('turns on WebGL with its desktop settings, or the Canvas 2D viewport options', () => {
    expect(rendererOptions('large', 'webgl')).toMatchObject({ webgl: true, webglTexSize: 4096 });
    expect(rendererOptions('large', 'canvas')).toEqual({ hideEdgesOnViewport: true, textureOnViewport: true, pixelRatio: 1 });
  });
});

describe('zoomRange', () => {
  it('keeps the small-graph range and lets a large graph zoom out further', () => {
    expect(zoomRange('normal')).toEqual({ minZoom: 0.05, maxZoom: 4 });
    expect(zoomRange('large')).toEqual({ minZoom: 0.01, maxZoom: 4 });
  });
});

describe('pngSize', () => {
  it('doubles small graphs and bounds large ones', () => {
    expect(pngSize('normal')).toEqual({ scale: 2 });
    expect(pngSize('large')).toEqual({ maxWidth: 8000, maxHeight: 8000 });
  });
});

describe('labelTooSmall', () => {
  it('hides a label whose size on screen is under the minimum', () => {
    expect(labelTooSmall(12, 0.5, 8)).toBe(true);
    expect(labelTooSmall(40, 0.5, 8)).toBe(false);
    expect(labelTooSmall(8, 1, 8)).toBe(false);
  });
});
