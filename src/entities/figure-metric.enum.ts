import { registerEnumType } from 'type-graphql';
import { FigureMetric } from '../domain/figure-metric';

/** The plain enum lives in src/domain, so the store can use it without schema code. */
export { FigureMetric };

registerEnumType(FigureMetric, { name: 'FigureMetric', description: 'What a reported number counts.' });
