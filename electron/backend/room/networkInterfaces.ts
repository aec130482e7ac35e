import { networkInterfaces } from 'node:os';
import type { RoomInterface } from '../../../shared/room/roomProtocol';

/**
 * The machine's network interfaces a room may listen on, loopback included (for trying it out
 * on this computer alone). IPv6 link-local addresses are left out: a phone cannot open them
 * without a zone id, which no QR code reader understands.
 */
export function roomInterfaces(): RoomInterface[] {
  const found: RoomInterface[] = [];
  for (const [name, addresses] of Object.entries(networkInterfaces())) {
    for (const a of addresses ?? []) {
      const family = a.family === 'IPv4' ? 'IPv4' : 'IPv6';
      if (family === 'IPv6' && a.address.toLowerCase().startsWith('fe80')) continue;
      found.push({ name, address: a.address, family, internal: a.internal });
    }
  }
  // Networks other devices can reach first, IPv4 before IPv6; loopback last.
  const rank = (i: RoomInterface) => (i.internal ? 2 : 0) + (i.family === 'IPv6' ? 1 : 0);
  return found.sort((a, b) => rank(a) - rank(b));
}
