import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { requirePermission } from '../services/access.ts';
import type { Action } from '../services/permissions.ts';
import { actorOf } from './auth.ts';

/** Every route's action in the permission table (services/permissions.ts), by operationId. */
export const ROUTE_ACTIONS: Readonly<Record<string, Action>> = {
  getHealth: 'public.read',
  login: 'session.sign-in',
  logout: 'session.sign-out',
  changePassword: 'session.own',
  signOutEverywhere: 'session.own',
  startTotp: 'session.own',
  enableTotp: 'session.own',
  disableTotp: 'session.own',
  getCurrentUser: 'session.own',
  listPublicItems: 'public.read',
  exportPublicItems: 'public.read',
  listPublicPlans: 'public.read',
  exportPublicPlans: 'public.read',
  listPublicDraws: 'public.read',
  exportPublicDraws: 'public.read',
  getPublicDraw: 'public.read',
  getPublicDrawView: 'public.read',
  getWitnessDrawBundle: 'witness.act',
  actAsWitness: 'witness.act',
  listPublicResults: 'public.read',
  exportPublicResults: 'public.read',
  listPublicEntities: 'public.read',
  exportPublicEntities: 'public.read',
  getPublicArchive: 'public.read',
  getLogCheckpoint: 'public.read',
  listLogCheckpoints: 'public.read',
  getLogInclusionProof: 'public.read',
  getLogConsistencyProof: 'public.read',
  getLogPublicKey: 'public.read',
  listUnits: 'org.read',
  listRegions: 'org.read',
  listResultCodes: 'org.read',
  listAuditEvents: 'audit.read',
  listAccounts: 'account.manage',
  getAccount: 'account.manage',
  createAccount: 'account.manage',
  setAccountRoles: 'account.manage',
  setAccountActive: 'account.manage',
  resetAccountPassword: 'account.manage',
  resetAccountTotp: 'account.manage',
  exportAuditEvents: 'audit.read',
  listItems: 'directory.read',
  getItem: 'directory.read',
  createItem: 'item.edit',
  saveItemDraft: 'item.edit',
  publishItem: 'item.publish',
  getEntityImportTemplate: 'directory.read',
  exportEntityImportErrors: 'directory.read',
  listEntities: 'directory.read',
  exportEntities: 'directory.read',
  getEntity: 'directory.read',
  importEntities: 'directory.edit',
  createEntity: 'directory.edit',
  updateEntity: 'directory.edit',
  deregisterEntity: 'directory.edit',
  getInspectorImportTemplate: 'directory.read',
  exportInspectorImportErrors: 'directory.read',
  listInspectors: 'directory.read',
  exportInspectors: 'directory.read',
  getInspector: 'directory.read',
  importInspectors: 'directory.edit',
  createInspector: 'directory.edit',
  updateInspector: 'directory.edit',
  addInspectorUnavailability: 'directory.edit',
  addInspectorConflict: 'inspector.conflict',
  listPlans: 'plan.read',
  getPlan: 'plan.read',
  createPlan: 'plan.edit',
  updatePlan: 'plan.edit',
  approvePlan: 'plan.approve',
  listTasks: 'plan.read',
  exportTasks: 'plan.read',
  getTask: 'plan.read',
  getTaskPool: 'plan.read',
  getTaskInspectors: 'plan.read',
  createTask: 'task.create',
  listTargetedInspections: 'plan.read',
  recordTargetedInspection: 'targeted.record',
  approveTargetedInspection: 'targeted.approve',
  listDrawOfficers: 'draw.read',
  listDraws: 'draw.read',
  exportDraws: 'draw.read',
  getDraw: 'draw.read',
  announceDraw: 'draw.announce',
  commitDrawSeed: 'draw.witness',
  revealDrawSeed: 'draw.witness',
  signDraw: 'draw.witness',
  computeDraw: 'draw.run',
  confirmDraw: 'draw.run',
  abortDraw: 'draw.abort',
  getDrawBundle: 'draw.bundle',
  getDrawRecordPdf: 'draw.read',
  getInspectionNoticePdf: 'draw.read',
  listDrawReplacementApplications: 'draw.read',
  listReplacementApplications: 'draw.read',
  getReplacementEvidence: 'draw.read',
  applyForReplacement: 'replacement.apply',
  approveReplacementApplication: 'replacement.decide',
  rejectReplacementApplication: 'replacement.decide',
  listInspections: 'inspection.read',
  getInspection: 'inspection.read',
  getInspectionRecordPdf: 'inspection.read',
  getInspectionFile: 'inspection.read',
  listDrawInspections: 'inspection.read',
  getEntityArchive: 'inspection.read',
  createInspection: 'inspection.write',
  updateInspection: 'inspection.write',
  submitInspection: 'inspection.write',
  addInspectionAttachment: 'inspection.write',
  addInspectionSignature: 'inspection.write',
  submitReport: 'inspection.write',
  listReports: 'inspection.read',
  exportReports: 'inspection.read',
  getReport: 'inspection.read',
  returnReport: 'report.review',
  rejectReport: 'report.review',
  approveReport: 'report.review',
  publishReport: 'report.publish',
  listFollowUps: 'inspection.read',
  startFollowUp: 'follow-up.advance',
  closeFollowUp: 'follow-up.advance',
  listCalendarYears: 'calendar.read',
  getPublicationDeadline: 'calendar.read',
  putCalendarYear: 'calendar.edit',
  getAssessment: 'assessment.read',
  exportAssessmentStatistics: 'assessment.read',
  listTodo: 'session.own',
};

export class UnmappedRouteError extends Error {
  constructor(method: string, url: string) {
    super(`${method} ${url} has no action in ROUTE_ACTIONS (src/server/route-permissions.ts)`);
  }
}

/**
 * The signed-in scope checks each route's action before its handler: a route without an action in the
 * table does not start, so no route escapes the table.
 */
export function checkRoutePermissions(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const operationId = route.schema?.operationId;
    const action = operationId === undefined ? undefined : ROUTE_ACTIONS[operationId];
    if (!action) throw new UnmappedRouteError(String(route.method), route.url);
    const check: preHandlerAsyncHookHandler = async (request) => {
      requirePermission(actorOf(request), action);
    };
    const own = route.preHandler;
    route.preHandler = own === undefined ? [check] : [check, ...(Array.isArray(own) ? own : [own])];
  });
}
