// Seconds left until an ISO time, ticking each second. Main sends the waiting ETA once and then
// nothing while every key cools, so the countdown has to run here.
import { useEffect, useState } from 'react';

export function useCountdown(untilIso: string | null): number | null {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (untilIso === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [untilIso]);
  return untilIso === null ? null : Math.max(0, (Date.parse(untilIso) - now) / 1000);
}
