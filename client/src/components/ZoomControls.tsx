interface Props {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
}

/** Zoom in, zoom out and fit, over the graph's corner. */
export function ZoomControls({ onZoomIn, onZoomOut, onFit }: Props) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={onFit} aria-label="Fit the graph to the screen" title="Fit the graph to the screen">
        Fit
      </button>
    </div>
  );
}
