// Numbers in user-facing messages: "1 row has", "2,000 rows have".

export const formatCount = (n: number) => n.toLocaleString('en-US');

export const counted = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;
