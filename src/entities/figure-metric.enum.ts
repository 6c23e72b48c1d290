import { registerEnumType } from 'type-graphql';

export enum FigureMetric {
  KILLED = 'KILLED',
  INJURED = 'INJURED',
  LAUNCHED = 'LAUNCHED',
  INTERCEPTED = 'INTERCEPTED',
  FAILED_TO_REACH_TARGET = 'FAILED_TO_REACH_TARGET',
}

registerEnumType(FigureMetric, { name: 'FigureMetric', description: 'What a reported number counts.' });
