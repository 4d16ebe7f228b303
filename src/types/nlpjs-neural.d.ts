/** The part of @nlpjs/neural (MIT, no types shipped) this project uses. */
declare module "@nlpjs/neural" {
  export interface NeuralSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }
  export type Features = Record<string, number>;
  export class NeuralNetwork {
    constructor(settings?: NeuralSettings);
    train(corpus: Array<{ input: Features; output: Features }>): { iterations: number; error: number };
    run(input: Features): Record<string, number> | undefined;
    toJSON(): unknown;
    fromJSON(json: unknown): void;
  }
}
