/** The single database instance the app uses. Tests construct their own `AtlasDatabase`. */
import { AtlasDatabase } from './schema';

export const db = new AtlasDatabase();
