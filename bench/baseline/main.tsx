// The baseline: bare React Flow with default nodes, no custom node types, no store, default
// settings, so the bench can say how far Wayline's canvas is from what React Flow does alone;
// with `?cull=1`, the same with React Flow's `onlyRenderVisibleElements`.
import { ReactFlow, useNodesState, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

interface Position {
  x: number;
  y: number;
}

interface Props {
  initial: Node[];
  zoom: number;
  /** `?cull=1`: React Flow's own culling, what a competent React Flow developer would turn on. */
  cull: boolean;
}

function Baseline({ initial, zoom, cull }: Props) {
  const [nodes, , onNodesChange] = useNodesState(initial);
  return (
    <ReactFlow
      nodes={nodes}
      onNodesChange={onNodesChange}
      defaultViewport={{ x: 24, y: 24, zoom }}
      minZoom={0.1}
      onlyRenderVisibleElements={cull}
    />
  );
}

async function main() {
  const params = new URLSearchParams(location.search);
  const zoom = Number(params.get('zoom') ?? '1');
  const cull = params.get('cull') === '1';
  const positions = (await (await fetch('./positions.json')).json()) as Position[];
  const nodes: Node[] = positions.map((position, i) => ({
    id: String(i),
    position,
    data: { label: `Card ${i + 1}` },
  }));
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Baseline initial={nodes} zoom={zoom} cull={cull} />,
  );
}

void main();
