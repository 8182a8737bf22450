/** The board's response to each recommendation. */
import {
  checkResponse,
  RESPONSE_LABEL,
  type Recommendation,
  type ResponseStatus,
} from '../../domain/recommendations';
import { refuseNoChange, runCommand, ValidationError } from '../command';

export async function setRecommendationResponse(
  number: number,
  response: string,
  note: string,
): Promise<Recommendation> {
  const problems = checkResponse(response, note);
  if (problems.length > 0) throw new ValidationError(problems);
  return runCommand('set recommendation response', async (context) => {
    const before = await context.db.recommendations.get(number);
    if (!before)
      throw new ValidationError([
        { field: 'response', message: `There is no recommendation ${number}` },
      ]);
    const after: Recommendation = {
      ...before,
      response: response as ResponseStatus,
      responseNote: note.trim(),
      respondedAt: context.now,
    };
    refuseNoChange(before, after, before);
    await context.db.recommendations.put(after);
    context.audit({
      kind: 'update',
      entityType: 'recommendation',
      entityId: String(number),
      summary: `Response to recommendation ${number} set to “${RESPONSE_LABEL[after.response]}”`,
      before,
      after,
    });
    return after;
  });
}
