/** Small pieces of English every screen and document uses. */

/** "1 action", "3 actions"; `many` for irregular plurals. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
