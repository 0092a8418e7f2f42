import { z } from '@hono/zod-openapi'

export const ApiKeyView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z
      .string()
      .openapi({ description: 'The start of the key, to tell keys apart', example: 'heard_3f9a1c0b' }),
    createdByName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    revokedAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable().openapi({ description: 'Updated at most once a minute' }),
  })
  .openapi('ApiKey')
export type ApiKeyView = z.infer<typeof ApiKeyView>

export const NewApiKey = z
  .object({ name: z.string().trim().min(1, 'Name the key').max(120, 'Name must be 120 characters or fewer') })
  .openapi('NewApiKey')

export const CreatedApiKey = z
  .object({
    apiKey: ApiKeyView,
    key: z.string().openapi({
      description: 'The key itself, shown this once: only a hash is kept',
      example: 'heard_3f9a1c0b_kq3…',
    }),
  })
  .openapi('CreatedApiKey')

export const ApiKeyIdParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  id: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'id', in: 'path' } }),
})
