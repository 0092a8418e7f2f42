import { createRoute, z } from '@hono/zod-openapi'
import { createRouter, errorResponses } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { PRECHECK_RULES, runPrechecks, type PrecheckRule } from './index.ts'

/** Welsh messages, one per rule; English ones come from the rules themselves. */
export const MESSAGES_CY: Record<PrecheckRule, string> = {
  all_caps:
    'Mae llythrennau bras yn gallu darllen fel gweiddi. Ystyriwch ysgrifennu mewn llythrennau arferol.',
  email: 'Mae hwn yn edrych fel cyfeiriad e-bost. Er mwyn aros yn ddienw, tynnwch ef.',
  url: 'Mae hwn yn edrych fel cyfeiriad gwefan. Ni allwn gyhoeddi dolenni.',
  phone: 'Mae hwn yn edrych fel rhif ffôn. Er mwyn aros yn ddienw, tynnwch ef.',
  nhs_number: 'Mae hwn yn edrych fel rhif GIG. Er mwyn aros yn ddienw, tynnwch ef.',
  postcode: 'Mae hwn yn edrych fel cod post. Er mwyn aros yn ddienw, tynnwch ef.',
  date: 'Gall dyddiad union eich adnabod. Ystyriwch ddweud "y mis diwethaf" neu debyg.',
  person_name: 'Mae hwn yn edrych fel enw rhywun. Disgrifiwch staff yn ôl eu swydd, er enghraifft "y nyrs".',
  profanity: 'Efallai y bydd rhai geiriau’n cael eu tynnu cyn cyhoeddi.',
  safeguarding:
    'Os oes unrhyw un mewn perygl nawr, ffoniwch 999, neu GIG 111, neu’r Samariaid ar 116 123. Bydd cymedrolwr yn darllen eich stori.',
  complaint:
    'Nid proses gwyno yw Heard. I wneud cwyn ffurfiol, cysylltwch â thîm cwynion neu wasanaeth PALS y darparwr.',
  person_description:
    'Gall disgrifiad fel hwn adnabod rhywun. Disgrifiwch staff yn ôl eu swydd, er enghraifft "un o’r nyrsys", yn hytrach na sut maen nhw’n edrych neu’n swnio.',
  not_experience:
    'Nid yw hyn yn darllen fel profiad o ofal. Mae Heard yn cyhoeddi straeon am ofal a gawsoch chi, neu rywun agos atoch; nid ydym yn cyhoeddi hysbysebion na barn gyffredinol.',
}

const precheck = createRoute({
  method: 'post',
  path: '/api/v1/precheck',
  tags: ['Stories'],
  summary: 'Find details in a draft that could identify someone',
  description:
    'Gentle hints for authors while they write; moderators decide. Nothing is stored. Rules: `all_caps`, `email`, `url`, `phone`, `nhs_number`, `postcode`, `date`, `person_name`, `profanity`, `safeguarding`, `complaint`, `person_description` (a description that could identify someone, such as "the tall ginger nurse with the neck tattoo"), `not_experience` (advertising, a test or a general opinion rather than an experience of care). Clients should show an unknown rule with its message: new rules may be added.',
  middleware: [jsonBody] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({
            text: z.string().max(20_000),
            lang: z.enum(['en', 'cy']).optional().openapi({
              description:
                'The language the author chose: the messages are in it, and it settles which rules read a text too short to tell (otherwise the text’s own words decide: English or Welsh rules).',
            }),
          }),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'Flags with the rule and the span of text',
      content: {
        'application/json': {
          schema: z.object({
            flags: z.array(
              z.object({
                rule: z.enum(PRECHECK_RULES),
                start: z.number(),
                end: z.number(),
                message: z.string(),
              }),
            ),
          }),
        },
      },
    },
    ...errorResponses(400, 413, 415, 422),
  },
})

export function precheckRoutes() {
  return createRouter().openapi(precheck, (c) => {
    const { text, lang } = c.req.valid('json')
    const flags = runPrechecks(text, lang, 'author').map((f) =>
      lang === 'cy' ? { ...f, message: MESSAGES_CY[f.rule] } : f,
    )
    return c.json({ flags }, 200)
  })
}
