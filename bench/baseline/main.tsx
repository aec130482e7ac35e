// The baseline: bare React Flow with default nodes, no custom node types, no store, default
// settings, so the bench can say how far Wayline's canvas is from what React Flow does alone.
import { ReactFlow, useNodesState, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createRoot } from 'react-dom/client';

interface Position {
  x: number;
  y: number;
}

function Baseline({ initial, zoom }: { initial: Node[]; zoom: number }) {
  const [nodes, , onNodesChange] = useNodesState(initial);
  return (
    <ReactFlow
      nodes={nodes}
      onNodesChange={onNodesChange}
      defaultViewport={{ x: 24, y: 24, zoom }}
      minZoom={0.1}
    />
  );
}

async function main() {
  const zoom = Number(new URLSearchParams(location.search).get('zoom') ?? '1');
  const positions = (await (await fetch('./positions.json')).json()) as Position[];
  const nodes: Node[] = positions.map((position, i) => ({
    id: String(i),
    position,
    data: { label: `Card ${i + 1}` },
  }));
  createRoot(document.getElementById('root') as HTMLElement).render(
    <Baseline initial={nodes} zoom={zoom} />,
  );
}

void main();
