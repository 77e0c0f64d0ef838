import * as z from 'zod/mini';
import { WEB_FORM_TYPES } from '../webFormTypes.ts';

export { WEB_FORM_TYPES, type WebFormType } from '../webFormTypes.ts';

export const WebFormTypeSchema = z.enum(WEB_FORM_TYPES);
