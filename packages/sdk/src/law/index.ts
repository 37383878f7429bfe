export { LAW_LAYERS_SCHEMA_URL, lawLayersJsonSchema } from './json-schema.js';
export { isLawLayerFileFormat, parseLawLayerFile } from './parse.js';
export {
  LAW_LAYERS_FORMAT,
  LAW_LAYERS_VERSION,
  type LawLayerFile,
  type LawLayerFileInput,
  LawLayerFileSchema,
} from './schema.js';
