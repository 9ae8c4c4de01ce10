// Generated from the server's OpenAPI document by `npm run gen:api` (scripts/gen-api-types.mjs): do not edit.
export interface paths {
  readonly '/api/health': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getHealth'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/login': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['login'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/logout': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['logout'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/password': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['changePassword'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/sessions/revoke-all': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['signOutEverywhere'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/totp/setup': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['startTotp'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/totp/enable': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['enableTotp'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/totp/disable': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['disableTotp'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/auth/me': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getCurrentUser'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/items': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listPublicItems'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/items.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportPublicItems'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/plans.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportPublicPlans'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/draws.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportPublicDraws'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/plans': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listPublicPlans'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/draws': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listPublicDraws'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/draws/{drawId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getPublicDraw'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/draws/{drawId}/view': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getPublicDrawView'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/draws/{drawId}/bundle': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['getWitnessDrawBundle'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/draws/{drawId}/witness': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['actAsWitness'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/results': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listPublicResults'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/results.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportPublicResults'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/entities': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listPublicEntities'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/entities.csv': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportPublicEntities'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/entities/{publicId}/archive': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getPublicArchive'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/log/latest': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getLogCheckpoint'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/log/checkpoints': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listLogCheckpoints'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/log/inclusion': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getLogInclusionProof'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/log/consistency': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getLogConsistencyProof'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/public/log/key': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getLogPublicKey'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/units': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listUnits'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/regions': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listRegions'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/audit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listAuditEvents'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/audit/export': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportAuditEvents'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/items': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listItems'];
    readonly put?: never;
    readonly post: operations['createItem'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/items/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getItem'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/items/{id}/draft': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put: operations['saveItemDraft'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/items/{id}/publish': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['publishItem'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities/template.xlsx': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getEntityImportTemplate'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities/import': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['importEntities'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities/imports/{id}/errors': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportEntityImportErrors'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listEntities'];
    readonly put?: never;
    readonly post: operations['createEntity'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities/export': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportEntities'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getEntity'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch: operations['updateEntity'];
    readonly trace?: never;
  };
  readonly '/api/admin/entities/{id}/personal-data': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    /** @description 完整身份证号与联系电话；每次查看都记入防篡改操作日志（issue 10.7） */
    readonly get: operations['getEntityPersonalData'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities/{id}/deregister': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['deregisterEntity'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors/template.xlsx': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getInspectorImportTemplate'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors/import': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['importInspectors'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors/imports/{id}/errors': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportInspectorImportErrors'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listInspectors'];
    readonly put?: never;
    readonly post: operations['createInspector'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors/export': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportInspectors'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getInspector'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch: operations['updateInspector'];
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors/{id}/unavailability': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['addInspectorUnavailability'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspectors/{id}/conflicts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['addInspectorConflict'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/plans': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listPlans'];
    readonly put?: never;
    readonly post: operations['createPlan'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/plans/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getPlan'];
    readonly put: operations['updatePlan'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/plans/{id}/plan.pdf': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getAnnualPlanPdf'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/plans/{id}/approve': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['approvePlan'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/tasks': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listTasks'];
    readonly put?: never;
    readonly post: operations['createTask'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/tasks/export': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportTasks'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/tasks/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getTask'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/tasks/{id}/pool': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getTaskPool'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/tasks/{id}/inspectors': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getTaskInspectors'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/tasks/{id}/draws': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['announceDraw'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draw-officers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listDrawOfficers'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/targeted-inspections': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listTargetedInspections'];
    readonly put?: never;
    readonly post: operations['recordTargetedInspection'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/targeted-inspections/{id}/approve': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['approveTargetedInspection'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listDraws'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/export': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportDraws'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getDraw'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/commit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['commitDrawSeed'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/reveal': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['revealDrawSeed'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/compute': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['computeDraw'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/sign': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['signDraw'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/confirm': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['confirmDraw'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/abort': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['abortDraw'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/bundle': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getDrawBundle'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/record.pdf': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getDrawRecordPdf'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/notice.pdf': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getInspectionNoticePdf'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/replacement-applications': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listDrawReplacementApplications'];
    readonly put?: never;
    readonly post: operations['applyForReplacement'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/replacement-applications': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listReplacementApplications'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/replacement-applications/{id}/approve': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['approveReplacementApplication'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/replacement-applications/{id}/reject': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['rejectReplacementApplication'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/replacement-applications/{id}/evidence/{index}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getReplacementEvidence'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/signing-keys': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listSigningKeys'];
    readonly put?: never;
    readonly post: operations['registerSigningKey'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/signing-keys/{id}/revoke': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['revokeSigningKey'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listInspections'];
    readonly put?: never;
    readonly post: operations['createInspection'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getInspection'];
    readonly put: operations['updateInspection'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}/record.pdf': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getInspectionRecordPdf'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}/submit': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['submitInspection'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}/attachments': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['addInspectionAttachment'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}/signatures': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['addInspectionSignature'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}/files/{fileId}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getInspectionFile'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/draws/{id}/inspections': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listDrawInspections'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/entities/{id}/archive': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getEntityArchive'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}/signers': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listInspectionSigners'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/inspections/{id}/report': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['submitReport'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listReports'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports/export': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportReports'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getReport'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports/{id}/report.pdf': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getInspectionReportPdf'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports/{id}/return': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['returnReport'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports/{id}/reject': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['rejectReport'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports/{id}/approve': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['approveReport'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/reports/{id}/publish': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['publishReport'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/result-codes': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listResultCodes'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/follow-ups': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listFollowUps'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/follow-ups/{id}/start': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['startFollowUp'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/follow-ups/{id}/close': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['closeFollowUp'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/calendar/years': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listCalendarYears'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/calendar/years/{year}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put: operations['putCalendarYear'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/calendar/deadline': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getPublicationDeadline'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/assessment': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getAssessment'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/todo': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listTodo'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/assessment/statistics.xlsx': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['exportAssessmentStatistics'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/accounts': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['listAccounts'];
    readonly put?: never;
    readonly post: operations['createAccount'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/accounts/{id}': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get: operations['getAccount'];
    readonly put?: never;
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/accounts/{id}/roles': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put: operations['setAccountRoles'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/accounts/{id}/active': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put: operations['setAccountActive'];
    readonly post?: never;
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/accounts/{id}/password-reset': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['resetAccountPassword'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
  readonly '/api/admin/accounts/{id}/totp-reset': {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly get?: never;
    readonly put?: never;
    readonly post: operations['resetAccountTotp'];
    readonly delete?: never;
    readonly options?: never;
    readonly head?: never;
    readonly patch?: never;
    readonly trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    readonly CurrentUser: {
      readonly id: string;
      readonly username: string;
      readonly displayName: string;
      readonly unit: {
        readonly id: string;
        readonly name: string;
        /** @enum {string} */
        readonly kind: 'city-bureau' | 'district-branch' | 'station' | 'department';
      };
      readonly roles: readonly (
        'system-admin' | 'department-admin' | 'drawer' | 'supervisor' | 'leader' | 'inspector' | 'auditor'
      )[];
      /** @description 已开启两步验证（动态验证码） */
      readonly totpEnabled?: boolean;
      /** @description 仍在使用公开的演示密码：修改密码之前不能做其他操作 */
      readonly mustChangePassword?: boolean;
    };
    readonly Unit: {
      readonly id: string;
      readonly parentId: string | null;
      readonly code: string;
      readonly name: string;
      /** @enum {string} */
      readonly kind: 'city-bureau' | 'district-branch' | 'station' | 'department';
      readonly regionCode: string;
    };
    readonly Region: {
      readonly code: string;
      readonly name: string;
    };
    /** @description 留痕记录（不含存储的状态：其中可能有个人信息） */
    readonly AuditEvent: {
      readonly seq: number;
      readonly at: string;
      readonly actorId: string | null;
      readonly actorName: string;
      readonly unitId: string | null;
      readonly action: string;
      readonly objectType: string;
      readonly objectId: string;
      readonly digest: string;
      readonly file?: {
        readonly name: string;
        readonly sha256: string;
      };
    };
    readonly ItemSummary: {
      readonly id: string;
      readonly code: string;
      readonly unitId: string;
      readonly unitName: string;
      readonly name: string;
      /** @enum {string} */
      readonly category: 'priority' | 'general';
      readonly latestVersion: number;
      readonly publishedVersion: number | null;
      /** @enum {string} */
      readonly status: 'draft' | 'published';
      readonly effectiveFrom: string | null;
      readonly updatedAt: string;
    };
    readonly ItemVersion: {
      readonly code: string;
      /** Format: uuid */
      readonly unitId: string;
      readonly name: string;
      readonly category: 'priority' | 'general';
      readonly legalBasis: readonly {
        readonly law: string;
        readonly article: string;
      }[];
      readonly objectType: string;
      readonly needsEntityDirectory: boolean;
      readonly ratioPercent: number;
      readonly roundsPerYear: number;
      readonly methods: readonly ('on-site' | 'document' | 'online')[];
      readonly checklist: readonly {
        readonly code: string;
        readonly text: string;
      }[];
      readonly procedure: string;
      readonly higherRule: string | null;
      readonly version: number;
      /** @enum {string} */
      readonly status: 'draft' | 'published';
      readonly effectiveFrom: string | null;
      readonly publishedAt: string | null;
      readonly publishedBy: string | null;
    };
    readonly ItemWithVersions: {
      readonly item: components['schemas']['ItemSummary'];
      readonly versions: readonly components['schemas']['ItemVersion'][];
    };
    readonly EntitySummary: {
      readonly id: string;
      /** @enum {string} */
      readonly kind: 'organisation' | 'person';
      readonly name: string;
      /** @description 统一社会信用代码，或遮蔽后的身份证号（完整身份证号从不离开服务器） */
      readonly code: string;
      readonly contactPhone: string | null;
      readonly publicId: string;
      readonly regionCode: string;
      readonly regionName: string | null;
      readonly industry: string;
      /** @enum {string} */
      readonly riskClass: 'A' | 'B' | 'C' | 'D';
      readonly riskFlags: readonly string[];
      /** @enum {string} */
      readonly status: 'active' | 'deregistered';
      readonly licenceNumber: string | null;
      readonly licenceValidUntil: string | null;
      readonly updatedAt: string;
    };
    readonly EntityDetail: {
      readonly id: string;
      /** @enum {string} */
      readonly kind: 'organisation' | 'person';
      readonly name: string;
      /** @description 统一社会信用代码，或遮蔽后的身份证号（完整身份证号从不离开服务器） */
      readonly code: string;
      readonly contactPhone: string | null;
      readonly publicId: string;
      readonly regionCode: string;
      readonly regionName: string | null;
      readonly industry: string;
      /** @enum {string} */
      readonly riskClass: 'A' | 'B' | 'C' | 'D';
      readonly riskFlags: readonly string[];
      /** @enum {string} */
      readonly status: 'active' | 'deregistered';
      readonly licenceNumber: string | null;
      readonly licenceValidUntil: string | null;
      readonly updatedAt: string;
      readonly unitId: string;
      readonly registrationAuthority: string | null;
      readonly legalRepresentative: string | null;
      readonly address: string | null;
      readonly deregisteredAt: string | null;
      readonly deregistrationReason: string | null;
    };
    readonly InspectorSummary: {
      readonly id: string;
      readonly name: string;
      readonly post: string | null;
      readonly rank: string | null;
      readonly badgeNumber: string;
      /** @enum {string} */
      readonly level: 'city' | 'district' | 'station';
      readonly regionCode: string;
      readonly regionName: string | null;
      readonly unitId: string;
      readonly unitName: string;
      readonly certificateNumber: string;
      readonly certificateValidUntil: string;
      readonly qualifiedItemCodes: readonly string[];
      /** @enum {string} */
      readonly status: 'active' | 'transferred' | 'retired';
      readonly availableToday: boolean;
    };
    readonly Unavailability: {
      readonly id: string;
      readonly from: string;
      readonly to: string;
      readonly reason: string;
    };
    readonly Conflict: {
      readonly id: string;
      readonly entityId: string;
      readonly entityName: string;
      /** @enum {string} */
      readonly kind: 'relative' | 'interest' | 'other';
      readonly reason: string;
      readonly declaredAt: string;
    };
    readonly ImportReport: {
      readonly id: string;
      readonly fileName: string;
      readonly imported: number;
      /** @description 目录中已有、本文件改动了的行 */
      readonly updated: number;
      /** @description 目录中已有且与文件一致的行（未改动） */
      readonly unchanged: number;
      /** @description 前若干条被拒绝的单元格，按行 */
      readonly rejected: readonly {
        readonly row: number;
        readonly column: string;
        readonly code: string;
        readonly message: string;
      }[];
      /** @description 被拒绝的总数（含未列出的） */
      readonly rejectedCount?: number;
    };
    readonly PlanSummary: {
      readonly id: string;
      readonly code: string;
      readonly unitId: string;
      readonly unitName: string;
      readonly year: number;
      readonly name: string;
      /** @enum {string} */
      readonly status: 'draft' | 'approved';
      readonly itemCodes: readonly string[];
      readonly joint: boolean;
      readonly approvedAt: string | null;
      readonly updatedAt: string;
      /** @description 轮次数 */
      readonly rounds: number;
    };
    readonly PlanDetail: {
      readonly id: string;
      readonly code: string;
      readonly unitId: string;
      readonly unitName: string;
      readonly year: number;
      readonly name: string;
      /** @enum {string} */
      readonly status: 'draft' | 'approved';
      readonly itemCodes: readonly string[];
      readonly joint: boolean;
      readonly approvedAt: string | null;
      readonly updatedAt: string;
      readonly items: readonly {
        readonly id: string;
        readonly code: string;
        readonly name: string;
        readonly unitId: string;
        readonly higherRule: string | null;
      }[];
      readonly rounds: readonly {
        readonly round: number;
        readonly from: string;
        readonly to: string;
      }[];
      readonly rates: readonly {
        /** @enum {string} */
        readonly riskClass: 'A' | 'B' | 'C' | 'D';
        readonly regionCode: string | null;
        readonly percent: number;
        readonly group: string;
      }[];
      readonly teams: readonly {
        readonly unitId: string;
        readonly unitCode: string;
        readonly unitName: string;
        readonly size: number;
      }[];
      readonly yearlyCap: number;
      readonly reservePerStratum: number;
      readonly inspectorReserve: number;
      readonly maxLoad: number | null;
      readonly createdBy: string | null;
      readonly approvedBy: string | null;
      readonly tasks: readonly {
        readonly id: string;
        readonly code: string;
        readonly round: number;
        /** @enum {string} */
        readonly status: 'ready' | 'drawing' | 'drawn';
      }[];
    };
    readonly DrawSummary: {
      readonly id: string;
      readonly drawId: string;
      readonly attempt: number;
      /** @enum {string} */
      readonly status: 'announced' | 'revealing' | 'revealed' | 'computed' | 'confirmed' | 'aborted';
      /** @enum {string} */
      readonly suite: 'RDRAW-1-SHA256' | 'RDRAW-1-SM3' | 'RDRAW-2-SHA256' | 'RDRAW-2-SM3';
      readonly createdAt: string;
      readonly confirmedAt: string | null;
      readonly abortReason: string | null;
    };
    readonly TaskSummary: {
      readonly id: string;
      readonly code: string;
      readonly planId: string;
      readonly planCode: string;
      readonly round: number;
      readonly drawDate: string;
      /** @enum {string} */
      readonly status: 'ready' | 'drawing' | 'drawn';
      readonly poolSize: number;
      readonly eligible: number;
      readonly inspectors: number;
      readonly eligibleInspectors: number;
      readonly createdAt: string;
    };
    readonly TaskDetail: {
      readonly id: string;
      readonly code: string;
      readonly planId: string;
      readonly planCode: string;
      readonly round: number;
      readonly drawDate: string;
      /** @enum {string} */
      readonly status: 'ready' | 'drawing' | 'drawn';
      readonly poolSize: number;
      readonly eligible: number;
      readonly inspectors: number;
      readonly eligibleInspectors: number;
      readonly createdAt: string;
      readonly items: readonly {
        readonly id: string;
        readonly code: string;
        readonly name: string;
      }[];
      readonly teams: readonly {
        readonly pool: string;
        readonly unitName: string;
        readonly size: number;
      }[];
      readonly strata: readonly {
        readonly stratum: string;
        readonly eligible: number;
        readonly excluded: number;
      }[];
      readonly exclusions: {
        readonly 1: number;
        readonly 2: number;
        readonly 3: number;
        readonly 4: number;
        readonly 5: number;
      };
      readonly inspectorExclusions: {
        readonly 1: number;
        readonly 2: number;
        readonly 3: number;
      };
      readonly draws: readonly components['schemas']['DrawSummary'][];
    };
    readonly PoolRow: {
      readonly entityId: string;
      readonly publicId: string;
      readonly name: string;
      readonly stratum: string;
      /** @description 0 可抽；1–5 排除原因 */
      readonly exclusion: number;
      readonly reason: string | null;
    };
    readonly InspectorPoolRow: {
      readonly inspectorId: string;
      readonly badgeNumber: string;
      readonly name: string;
      readonly pool: string;
      readonly exclusion: number;
      readonly reason: string | null;
    };
    readonly ConflictRow: {
      readonly entity: string;
      readonly inspector: string;
      /** @enum {string} */
      readonly source: 'declared' | 'last-inspector';
    };
    readonly TargetedInspection: {
      readonly id: string;
      readonly entityId: string;
      readonly entityName: string;
      readonly itemId: string | null;
      /** @enum {string} */
      readonly reason: 'complaint' | 'assigned' | 'case' | 'on-the-spot' | 'campaign';
      readonly from: string;
      readonly to: string | null;
      readonly note: string;
      readonly reference: string | null;
      /** @enum {string} */
      readonly status: 'pending' | 'approved';
      readonly createdAt: string;
    };
    readonly Officer: {
      readonly id: string;
      readonly displayName: string;
      readonly unitName: string;
    };
    readonly EntityRef: {
      readonly id: string;
      readonly publicId: string;
      readonly name: string;
    };
    readonly TeamMember: {
      readonly badgeNumber: string;
      readonly name: string;
    };
    readonly AttachmentRef: {
      readonly id: string;
      /** @enum {string} */
      readonly kind: 'photo' | 'document' | 'statement';
      readonly mime: string;
      readonly fileName: string;
      readonly size: number;
      readonly sha256: string;
      readonly createdAt: string;
    };
    readonly SignatureRef: {
      readonly id: string;
      /** @enum {string} */
      readonly kind: 'drawn' | 'seal-photo';
      readonly mime: string;
      readonly size: number;
      readonly sha256: string;
      readonly signedAt: string;
    };
    readonly InspectionRecord: {
      readonly id: string;
      /** @enum {string} */
      readonly status: 'draft' | 'submitted';
      /** @enum {string} */
      readonly basis: 'random' | 'targeted';
      readonly drawId: string | null;
      readonly taskId: string | null;
      readonly taskCode: string | null;
      readonly targetedInspectionId: string | null;
      readonly targetedReason: ('complaint' | 'assigned' | 'case' | 'on-the-spot' | 'campaign') | null;
      readonly unitId: string;
      readonly unitName: string;
      readonly entity: components['schemas']['EntityRef'];
      readonly item: {
        readonly id: string;
        readonly code: string;
        readonly name: string;
        readonly version: number;
      };
      readonly team: readonly components['schemas']['TeamMember'][];
      readonly checklist: readonly {
        readonly code: string;
        readonly text: string;
      }[];
      readonly allowedMethods: readonly ('on-site' | 'document' | 'online')[];
      readonly checkedOn: string | null;
      readonly methods: readonly ('on-site' | 'document' | 'online')[];
      readonly policeIdShown: boolean;
      readonly inspectors: readonly {
        readonly badgeNumber: string;
        readonly name: string;
        readonly signature: components['schemas']['SignatureRef'] | null;
      }[];
      readonly responsibleBadgeNumber: string | null;
      readonly rows: readonly {
        readonly checklistCode: string;
        /** @enum {string} */
        readonly finding: 'compliant' | 'non-compliant' | 'not-applicable';
        readonly note: string;
      }[];
      readonly attachments: readonly components['schemas']['AttachmentRef'][];
      readonly party:
        | (
            | {
                /** @enum {string} */
                readonly kind: 'signed';
                readonly signerName: string;
                readonly signature: components['schemas']['SignatureRef'] | null;
              }
            | {
                /** @enum {string} */
                readonly kind: 'refused';
                readonly reason: string;
                readonly witness: {
                  readonly name: string;
                  readonly signature: components['schemas']['SignatureRef'] | null;
                } | null;
              }
          )
        | null;
      readonly review: {
        /** @enum {string} */
        readonly status:
          'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
        readonly reportId: string | null;
      };
      readonly createdBy: string;
      readonly createdAt: string;
      readonly updatedAt: string;
      readonly submittedAt: string | null;
      readonly submittedBy: string | null;
      /** @description 提交人签名的记录摘要（签名文本为 SS-RECORD-SIG-1\n+摘要，docs/signatures.md） */
      readonly signingDigest: string;
    };
    readonly InspectionSummary: {
      readonly id: string;
      /** @enum {string} */
      readonly status: 'draft' | 'submitted';
      /** @enum {string} */
      readonly basis: 'random' | 'targeted';
      readonly drawId: string | null;
      readonly taskCode: string | null;
      readonly entity: components['schemas']['EntityRef'];
      readonly item: {
        readonly id: string;
        readonly code: string;
      };
      readonly checkedOn: string | null;
      readonly review: {
        /** @enum {string} */
        readonly status:
          'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
        readonly reportId: string | null;
        readonly deadline: string | null;
        /** @description 暂定：所经年份的节假日尚未录入，只按周末计算 */
        readonly deadlineProvisional: boolean;
        readonly overdue: boolean;
      };
      readonly updatedAt: string;
    };
    readonly DrawnEntityRow: {
      readonly entity: components['schemas']['EntityRef'];
      readonly team: readonly components['schemas']['TeamMember'][];
      readonly records: readonly {
        readonly id: string;
        readonly itemId: string;
        /** @enum {string} */
        readonly status: 'draft' | 'submitted';
        /** @enum {string} */
        readonly review:
          'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
      }[];
    };
    readonly Report: {
      readonly id: string;
      readonly recordId: string;
      readonly version: number;
      readonly findings: readonly {
        /** @enum {string} */
        readonly method: 'on-site' | 'document' | 'online';
        readonly summary: string;
      }[];
      readonly opinion: string;
      readonly resultCode: string;
      readonly resultLabel: string;
      readonly nonCooperation: readonly {
        /** @enum {string} */
        readonly kind:
          | 'blocked-entry'
          | 'blocked-questioning'
          | 'refused-documents'
          | 'false-information'
          | 'other-obstruction';
        readonly description: string;
      }[];
      readonly handling:
        | {
            /** @enum {string} */
            readonly kind: 'none';
          }
        | {
            /** @enum {string} */
            readonly kind: 'own-case';
            readonly caseNumber: string;
          }
        | {
            /** @enum {string} */
            readonly kind: 'transferred';
            readonly recipientDepartment: string;
          }
        | {
            /** @enum {string} */
            readonly kind: 'criminal-referral';
            readonly recipientUnit: string | null;
          };
      readonly followUps: readonly {
        /** @enum {string} */
        readonly kind:
          | 'order-to-correct'
          | 'abnormal-list'
          | 'blacklist'
          | 'credit-repair'
          | 'transfer'
          | 'criminal-referral';
        readonly note: string;
      }[];
      readonly touchesTradeSecret: boolean;
      readonly touchesPrivacy: boolean;
      readonly author: string;
      readonly authorId: string | null;
      readonly createdAt: string;
      readonly entity: components['schemas']['EntityRef'];
      readonly item: {
        readonly id: string;
        readonly code: string;
        readonly name: string;
      };
      readonly latest: boolean;
      readonly review: {
        /** @enum {string} */
        readonly status:
          'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
        readonly needsPrivacyApproval: boolean;
        readonly approvedOn: string | null;
        readonly deadline: string | null;
        readonly deadlineProvisional: boolean;
        readonly publishedOn: string | null;
        readonly overdue: boolean;
        readonly history: readonly {
          /** @enum {string} */
          readonly from:
            'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
          /** @enum {string} */
          readonly to: 'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
          readonly actor: string;
          readonly on: string;
          readonly opinion: string | null;
        }[];
      };
      /** @description 审核通过时审核人签名的摘要（签名文本为 SS-REPORT-SIG-1\n+摘要，docs/signatures.md） */
      readonly approvalDigest: string;
    };
    readonly ResultRow: {
      readonly reportId: string | null;
      readonly recordId: string;
      readonly version: number;
      readonly entity: components['schemas']['EntityRef'];
      readonly item: {
        readonly id: string;
        readonly code: string;
      };
      /** @enum {string} */
      readonly basis: 'random' | 'targeted';
      readonly checkedOn: string | null;
      readonly resultCode: string | null;
      readonly resultLabel: string | null;
      /** @enum {string} */
      readonly status: 'not-entered' | 'awaiting-review' | 'returned' | 'rejected' | 'approved' | 'published';
      readonly author: string | null;
      readonly approvedOn: string | null;
      readonly deadline: string | null;
      readonly deadlineProvisional: boolean;
      readonly publishedOn: string | null;
      readonly overdue: boolean;
    };
    readonly ResultCodeOption: {
      readonly code: string;
      readonly label: string;
      /** @enum {string} */
      readonly kind: 'none' | 'problem' | 'status';
      /** @enum {string} */
      readonly national:
        | 'no-problem'
        | 'problem-pending'
        | 'corrected-on-order'
        | 'not-disclosed'
        | 'false-disclosure'
        | 'unreachable'
        | 'serious-non-cooperation'
        | 'business-not-found'
        | 'closed-or-liquidating'
        | 'deregistered'
        | 'revoked';
    };
    readonly FollowUp: {
      readonly id: string;
      readonly reportId: string;
      readonly recordId: string;
      readonly entity: components['schemas']['EntityRef'];
      /** @enum {string} */
      readonly kind:
        | 'order-to-correct'
        | 'abnormal-list'
        | 'blacklist'
        | 'credit-repair'
        | 'transfer'
        | 'criminal-referral';
      readonly label: string;
      readonly note: string;
      /** @enum {string} */
      readonly state: 'open' | 'in-progress' | 'closed';
      readonly openedOn: string;
      readonly startedOn: string | null;
      readonly closedOn: string | null;
      readonly closingNote: string | null;
    };
    readonly CalendarYear: {
      readonly year: number;
      /**
       * @description chinese-days：法定日历包；admin：管理员录入（覆盖日历包的同一年）
       * @enum {string}
       */
      readonly source: 'chinese-days' | 'admin';
      readonly holidays: readonly string[];
      readonly workdays: readonly string[];
    };
    readonly DrawListRow: {
      readonly id: string;
      readonly drawId: string;
      readonly attempt: number;
      /** @enum {string} */
      readonly status: 'announced' | 'revealing' | 'revealed' | 'computed' | 'confirmed' | 'aborted';
      /** @enum {string} */
      readonly suite: 'RDRAW-1-SHA256' | 'RDRAW-1-SM3' | 'RDRAW-2-SHA256' | 'RDRAW-2-SM3';
      readonly createdAt: string;
      readonly confirmedAt: string | null;
      readonly abortReason: string | null;
      readonly taskId: string;
      readonly taskCode: string;
      readonly drawDate: string;
    };
    readonly ReplacementApplication: {
      readonly id: string;
      readonly drawId: string;
      /** @enum {string} */
      readonly kind: 'entity' | 'inspector';
      readonly out: string;
      readonly entity: string | null;
      readonly pool: string | null;
      readonly stratum: string | null;
      readonly reason: string;
      readonly evidence: readonly {
        readonly index: number;
        readonly fileName: string;
        readonly size: number;
        readonly sha256: string;
      }[];
      /** @enum {string} */
      readonly status: 'pending' | 'approved' | 'rejected';
      readonly applicant: string;
      readonly appliedAt: string;
      readonly approver: string | null;
      readonly decidedAt: string | null;
      readonly note: string | null;
    };
    readonly Account: {
      readonly id: string;
      readonly username: string;
      readonly displayName: string;
      readonly unit: {
        readonly id: string;
        readonly name: string;
      };
      readonly roles: readonly (
        'system-admin' | 'department-admin' | 'drawer' | 'supervisor' | 'leader' | 'inspector' | 'auditor'
      )[];
      /** @description 启用中；停用的账号不能登录 */
      readonly active: boolean;
      /** @description 下次登录须先修改密码（管理员新建或重置后） */
      readonly mustChangePassword: boolean;
      /** @description 已开启两步验证 */
      readonly totpEnabled: boolean;
      /** Format: date-time */
      readonly createdAt: string;
    };
    readonly CreditArchive: {
      readonly entity: components['schemas']['EntitySummary'];
      readonly inspections: readonly components['schemas']['InspectionSummary'][];
      readonly results: readonly components['schemas']['ResultRow'][];
      readonly followUps: readonly components['schemas']['FollowUp'][];
      readonly lists: readonly {
        /** @enum {string} */
        readonly list: 'abnormal' | 'blacklist' | 'red';
        readonly since: string;
        readonly reason: string;
        readonly removedOn: string | null;
        readonly repairedOn: string | null;
      }[];
      readonly riskEvents: readonly components['schemas']['AuditEvent'][];
    };
    readonly ApiError: {
      readonly error: {
        readonly code: string;
        readonly message: string;
        readonly details?: unknown;
      };
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  readonly getHealth: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description 服务正常时为 ok */
            readonly status: string;
            /** @enum {string} */
            readonly database: 'pglite' | 'postgres';
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly login: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly username: string;
          readonly password: string;
          /** @description 验证器上的 6 位动态验证码 */
          readonly totp?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly user: components['schemas']['CurrentUser'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly logout: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 已退出 */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly changePassword: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly currentPassword: string;
          readonly newPassword: string;
        };
      };
    };
    readonly responses: {
      /** @description 密码已修改，其他会话已退出 */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly signOutEverywhere: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 所有设备均已退出 */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly startTotp: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description Base32 密钥（无法扫码时手工输入） */
            readonly secret: string;
            /** @description otpauth:// 地址，生成二维码供验证器扫描 */
            readonly uri: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly enableTotp: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** @description 验证器上的 6 位动态验证码 */
          readonly totp: string;
        };
      };
    };
    readonly responses: {
      /** @description 两步验证已开启 */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly disableTotp: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly password: string;
          /** @description 验证器上的 6 位动态验证码 */
          readonly totp: string;
        };
      };
    };
    readonly responses: {
      /** @description 两步验证已关闭 */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getCurrentUser: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly user: components['schemas']['CurrentUser'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listPublicItems: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly items: readonly {
              readonly code: string;
              /** Format: uuid */
              readonly unitId: string;
              readonly name: string;
              readonly category: 'priority' | 'general';
              readonly legalBasis: readonly {
                readonly law: string;
                readonly article: string;
              }[];
              readonly objectType: string;
              readonly needsEntityDirectory: boolean;
              readonly ratioPercent: number;
              readonly roundsPerYear: number;
              readonly methods: readonly ('on-site' | 'document' | 'online')[];
              readonly checklist: readonly {
                readonly code: string;
                readonly text: string;
              }[];
              readonly procedure: string;
              readonly higherRule: string | null;
              readonly version: number;
              readonly status: 'draft' | 'published';
              readonly effectiveFrom: string | null;
              readonly publishedAt: string | null;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportPublicItems: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description CSV（UTF-8，带 BOM） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportPublicPlans: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
        readonly year?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description CSV（UTF-8，带 BOM） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportPublicDraws: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description CSV（UTF-8，带 BOM） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listPublicPlans: {
    readonly parameters: {
      readonly query?: {
        readonly year?: number;
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly plans: readonly {
              readonly code: string;
              readonly unitName: string;
              readonly year: number;
              readonly name: string;
              readonly items: readonly {
                readonly code: string;
                readonly name: string;
              }[];
              readonly rounds: readonly {
                readonly round: number;
                readonly from: string;
                readonly to: string;
              }[];
              readonly rates: readonly {
                readonly group: string;
                readonly regionCode: string | null;
                readonly percent: number;
              }[];
              readonly approvedAt: string;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listPublicDraws: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly draws: readonly {
              readonly drawId: string;
              readonly taskCode: string;
              readonly planCode: string;
              readonly drawDate: string;
              readonly suite: string;
              readonly version: 'RDRAW-1' | 'RDRAW-2';
              /** @description announced | revealing | revealed | computed | confirmed | aborted */
              readonly status: string;
              readonly announcedAt: string;
              readonly confirmedAt: string | null;
              readonly abortReason: string | null;
              readonly poolSize: number;
              readonly eligible: number;
              readonly selected: number | null;
              /** @description 递补次数（只公布次数和类别） */
              readonly replacements: number;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getPublicDraw: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly drawId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly draw: {
              readonly drawId: string;
              readonly taskCode: string;
              readonly planCode: string;
              readonly drawDate: string;
              readonly suite: string;
              readonly version: 'RDRAW-1' | 'RDRAW-2';
              /** @description announced | revealing | revealed | computed | confirmed | aborted */
              readonly status: string;
              readonly announcedAt: string;
              readonly confirmedAt: string | null;
              readonly abortReason: string | null;
              readonly poolSize: number;
              readonly eligible: number;
              readonly selected: number | null;
              readonly replacements: number;
              readonly announcement: {
                readonly plan: {
                  readonly [key: string]: unknown;
                };
                readonly poolSize: number;
                readonly digests: {
                  readonly plan: string;
                  readonly pool: string;
                  readonly inspectors: string;
                  readonly strata: string | null;
                };
                readonly witnesses: readonly {
                  readonly witness: string;
                  readonly role: string;
                  readonly roleLabel: string;
                  readonly name: string;
                  readonly commit: string | null;
                  readonly committedAt: string | null;
                }[];
              };
              readonly reveals: readonly {
                readonly witness: string;
                readonly nonce: string;
              }[];
              readonly seed: string | null;
              readonly view: {
                /** @enum {string} */
                readonly version: 'RDRAW-2/public';
                readonly plan: {
                  readonly [key: string]: unknown;
                };
                readonly poolSize: number;
                readonly digests: {
                  readonly plan: string;
                  readonly pool: string;
                  readonly inspectors: string;
                  readonly strata: string;
                  readonly seed: string;
                  readonly result: string;
                  readonly public: string;
                };
                readonly commitments: readonly {
                  readonly witness: string;
                  readonly commit: string;
                }[];
                readonly reveals: readonly {
                  readonly witness: string;
                  readonly nonce: string;
                }[];
                readonly strata: readonly {
                  readonly stratum: string;
                  readonly saltCommit: string;
                  readonly eligible: number;
                  readonly quota: number;
                }[];
                readonly selected: readonly string[];
                readonly teams: readonly {
                  readonly entity: string;
                  readonly pools: readonly {
                    readonly pool: string;
                    readonly inspectors: readonly string[];
                  }[];
                }[];
              } | null;
              readonly entities: readonly {
                readonly id: string;
                readonly name: string;
              }[];
              readonly inspectors: readonly {
                readonly id: string;
                readonly name: string;
              }[];
              readonly signatures: readonly {
                readonly signer: string;
                readonly role: string;
                readonly statementDigest: string;
                readonly signedAt: string;
                readonly scheme: 'ed25519' | 'sm2' | null;
                readonly publicKey: string | null;
                readonly signature: string | null;
              }[];
              readonly replacementSummary: {
                readonly count: number;
                readonly reasons: readonly {
                  readonly category: string;
                  readonly count: number;
                }[];
              };
            };
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getPublicDrawView: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly drawId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @enum {string} */
            readonly version: 'RDRAW-2/public';
            readonly plan: {
              readonly [key: string]: unknown;
            };
            readonly poolSize: number;
            readonly digests: {
              readonly plan: string;
              readonly pool: string;
              readonly inspectors: string;
              readonly strata: string;
              readonly seed: string;
              readonly result: string;
              readonly public: string;
            };
            readonly commitments: readonly {
              readonly witness: string;
              readonly commit: string;
            }[];
            readonly reveals: readonly {
              readonly witness: string;
              readonly nonce: string;
            }[];
            readonly strata: readonly {
              readonly stratum: string;
              readonly saltCommit: string;
              readonly eligible: number;
              readonly quota: number;
            }[];
            readonly selected: readonly string[];
            readonly teams: readonly {
              readonly entity: string;
              readonly pools: readonly {
                readonly pool: string;
                readonly inspectors: readonly string[];
              }[];
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getWitnessDrawBundle: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly drawId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly code: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly actAsWitness: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly drawId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json':
          | {
              readonly code: string;
              /** @enum {string} */
              readonly action: 'status';
            }
          | {
              readonly code: string;
              /** @enum {string} */
              readonly action: 'commit';
              readonly commit: string;
              readonly scheme?: 'ed25519' | 'sm2';
              /** @description 签名人本人的公钥（十六进制） */
              readonly publicKey?: string;
            }
          | {
              readonly code: string;
              /** @enum {string} */
              readonly action: 'reveal';
              readonly nonce: string;
            }
          | {
              readonly code: string;
              /** @enum {string} */
              readonly action: 'sign';
              readonly statementDigest: string;
              readonly scheme?: 'ed25519' | 'sm2';
              /** @description 签名人本人的公钥（十六进制） */
              readonly publicKey: string;
              /** @description 对 RDRAW-SIG-1\n+声明摘要的签名（十六进制） */
              readonly signature: string;
            };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listPublicResults: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
        /** @description 检查对象名称（包含）或统一社会信用代码（18 位） */
        readonly q?: string;
        /** @description 抽查事项编码 */
        readonly item?: string;
        /** @description 检查年度 */
        readonly year?: number;
        /** @description 检查结果编码 */
        readonly result?: string;
        /** @description 上一页返回的 next：从其后继续（键集翻页，深页更快） */
        readonly after?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly {
              readonly publicId: string;
              readonly entityName: string;
              readonly entityCode: string;
              readonly entityAddress: string | null;
              readonly itemCode: string;
              readonly itemName: string;
              readonly inspectionType: string;
              readonly checkedOn: string;
              readonly resultCode: string;
              readonly resultLabel: string;
              readonly severity: 'none' | 'status' | 'problem' | 'serious';
              readonly opinion: string;
              readonly handlingSummary: string;
              readonly publishedOn: string;
              readonly inspectors: readonly string[];
            }[];
          } & {
            /** @description 下一页的 after 参数；没有下一页时为 null */
            readonly next: string | null;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportPublicResults: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
        /** @description 检查对象名称（包含）或统一社会信用代码（18 位） */
        readonly q?: string;
        /** @description 抽查事项编码 */
        readonly item?: string;
        /** @description 检查年度 */
        readonly year?: number;
        /** @description 检查结果编码 */
        readonly result?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description CSV（UTF-8，带 BOM） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listPublicEntities: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
        /** @description 检查对象名称（包含）或统一社会信用代码（18 位） */
        readonly q?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly {
              readonly publicId: string;
              readonly entityName: string;
              readonly entityCode: string;
              readonly results: number;
              readonly lastPublishedOn: string;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportPublicEntities: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
        /** @description 检查对象名称（包含）或统一社会信用代码（18 位） */
        readonly q?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description CSV（UTF-8，带 BOM） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getPublicArchive: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly publicId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly archive: {
              readonly publicId: string;
              readonly entityName: string;
              readonly entityCode: string;
              readonly entityAddress: string | null;
              readonly inspections: readonly {
                readonly entityName: string;
                readonly entityCode: string;
                readonly entityAddress: string | null;
                readonly itemCode: string;
                readonly itemName: string;
                readonly inspectionType: string;
                readonly checkedOn: string;
                readonly resultLabel: string;
                readonly opinion: string;
                readonly handlingSummary: string;
                readonly publishedOn: string;
                readonly inspectors: readonly string[];
              }[];
              readonly nonCooperation: readonly {
                readonly checkedOn: string;
                readonly circumstances: readonly string[];
              }[];
              readonly followUps: readonly {
                readonly checkedOn: string;
                readonly followUp: string;
                readonly state: string;
                readonly closedOn: string | null;
              }[];
              readonly lists: readonly {
                readonly list: string;
                readonly since: string;
                readonly reason: string;
                readonly removedOn: string | null;
                readonly creditRepaired: boolean;
              }[];
            };
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getLogCheckpoint: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @description 日志树大小（事件数） */
            readonly size: number;
            /** @description 十六进制哈希 */
            readonly rootHash: string;
            /** Format: date-time */
            readonly time: string;
            /** @description 签名检查点原文（C2SP signed note 格式） */
            readonly checkpoint: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listLogCheckpoints: {
    readonly parameters: {
      readonly query?: {
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly {
              /** @description 日志树大小（事件数） */
              readonly size: number;
              /** @description 十六进制哈希 */
              readonly rootHash: string;
              /** Format: date-time */
              readonly time: string;
              /** @description 签名检查点原文（C2SP signed note 格式） */
              readonly checkpoint: string;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getLogInclusionProof: {
    readonly parameters: {
      readonly query: {
        /** @description 叶序号（从 0 起） */
        readonly leafIndex: number;
        /** @description 日志树大小 */
        readonly treeSize: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly leafIndex: number;
            readonly treeSize: number;
            /** @description 十六进制哈希 */
            readonly leafHash: string;
            /** @description 十六进制哈希 */
            readonly rootHash: string;
            readonly proof: readonly string[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getLogConsistencyProof: {
    readonly parameters: {
      readonly query: {
        /** @description 旧树大小 */
        readonly fromSize: number;
        /** @description 新树大小 */
        readonly toSize: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly fromSize: number;
            readonly toSize: number;
            /** @description 十六进制哈希 */
            readonly fromRootHash: string;
            /** @description 十六进制哈希 */
            readonly toRootHash: string;
            readonly proof: readonly string[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getLogPublicKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** @enum {string} */
            readonly algorithm: 'Ed25519';
            readonly origin: string;
            /** @description Ed25519 公钥（32 字节，base64） */
            readonly publicKey: string;
            /** @description 十六进制哈希 */
            readonly keyId: string;
            /** @description note 验证密钥 <名称>+<密钥标识>+<base64(0x01‖公钥)> */
            readonly verifierKey: string;
            readonly hash: 'sha256' | 'sm3';
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listUnits: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly units: readonly components['schemas']['Unit'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listRegions: {
    readonly parameters: {
      readonly query?: {
        readonly parent?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly regions: readonly components['schemas']['Region'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listAuditEvents: {
    readonly parameters: {
      readonly query?: {
        readonly objectType?: string;
        readonly objectId?: string;
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly rows: readonly components['schemas']['AuditEvent'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportAuditEvents: {
    readonly parameters: {
      readonly query?: {
        readonly objectType?: string;
        readonly objectId?: string;
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listItems: {
    readonly parameters: {
      readonly query?: {
        readonly q?: string;
        readonly status?: 'draft' | 'published' | '';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly items: readonly components['schemas']['ItemSummary'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createItem: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly code: string;
          /** Format: uuid */
          readonly unitId: string;
          readonly name: string;
          readonly category: 'priority' | 'general';
          readonly legalBasis: readonly {
            readonly law: string;
            readonly article: string;
          }[];
          readonly objectType: string;
          readonly needsEntityDirectory: boolean;
          readonly ratioPercent: number;
          readonly roundsPerYear: number;
          readonly methods: readonly ('on-site' | 'document' | 'online')[];
          readonly checklist: readonly {
            readonly code: string;
            readonly text: string;
          }[];
          readonly procedure: string;
          readonly higherRule: string | null;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ItemWithVersions'];
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getItem: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ItemWithVersions'];
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly saveItemDraft: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly code: string;
          /** Format: uuid */
          readonly unitId: string;
          readonly name: string;
          readonly category: 'priority' | 'general';
          readonly legalBasis: readonly {
            readonly law: string;
            readonly article: string;
          }[];
          readonly objectType: string;
          readonly needsEntityDirectory: boolean;
          readonly ratioPercent: number;
          readonly roundsPerYear: number;
          readonly methods: readonly ('on-site' | 'document' | 'online')[];
          readonly checklist: readonly {
            readonly code: string;
            readonly text: string;
          }[];
          readonly procedure: string;
          readonly higherRule: string | null;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ItemWithVersions'];
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly publishItem: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly effectiveFrom: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ItemWithVersions'];
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getEntityImportTemplate: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导入模板（XLSX） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly importEntities: {
    readonly parameters: {
      readonly query?: {
        readonly unitId?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'multipart/form-data': {
          /**
           * Format: binary
           * @description 文件（CSV 或 XLSX），字段名 file
           */
          readonly file: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ImportReport'];
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportEntityImportErrors: {
    readonly parameters: {
      readonly query?: {
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listEntities: {
    readonly parameters: {
      readonly query?: {
        readonly q?: string;
        readonly regionCode?: string;
        readonly status?: 'active' | 'deregistered' | '';
        readonly riskClass?: ('A' | 'B' | 'C' | 'D') | '';
        readonly industry?: string;
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly components['schemas']['EntitySummary'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createEntity: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** Format: uuid */
          readonly unitId?: string;
          readonly kind: 'organisation' | 'person';
          readonly name: string;
          readonly creditCode?: string;
          readonly idNumber?: string;
          readonly registrationAuthority?: string;
          readonly legalRepresentative?: string;
          readonly address?: string;
          readonly contactPhone?: string;
          readonly licenceNumber?: string;
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly licenceValidUntil?: string;
          readonly regionCode: string;
          readonly industry: string;
          readonly riskClass: 'A' | 'B' | 'C' | 'D';
          readonly riskFlags?: readonly string[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly entity: components['schemas']['EntityDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportEntities: {
    readonly parameters: {
      readonly query?: {
        readonly q?: string;
        readonly regionCode?: string;
        readonly status?: 'active' | 'deregistered' | '';
        readonly riskClass?: ('A' | 'B' | 'C' | 'D') | '';
        readonly industry?: string;
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getEntity: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly entity: components['schemas']['EntityDetail'];
            readonly history: readonly components['schemas']['AuditEvent'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly updateEntity: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly kind?: 'organisation' | 'person';
          readonly name?: string;
          readonly creditCode?: string;
          readonly idNumber?: string;
          readonly registrationAuthority?: string;
          readonly legalRepresentative?: string;
          readonly address?: string;
          readonly contactPhone?: string;
          readonly licenceNumber?: string;
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly licenceValidUntil?: string;
          readonly regionCode?: string;
          readonly industry?: string;
          readonly riskClass?: 'A' | 'B' | 'C' | 'D';
          readonly riskFlags?: readonly string[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly entity: components['schemas']['EntityDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getEntityPersonalData: {
    readonly parameters: {
      readonly query?: {
        readonly reason?: string;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly idNumber: string | null;
            readonly contactPhone: string | null;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly deregisterEntity: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly date: string;
          readonly reason: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly entity: components['schemas']['EntityDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getInspectorImportTemplate: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导入模板（XLSX） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly importInspectors: {
    readonly parameters: {
      readonly query?: {
        readonly unitId?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'multipart/form-data': {
          /**
           * Format: binary
           * @description 文件（CSV 或 XLSX），字段名 file
           */
          readonly file: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ImportReport'];
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportInspectorImportErrors: {
    readonly parameters: {
      readonly query?: {
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listInspectors: {
    readonly parameters: {
      readonly query?: {
        readonly q?: string;
        readonly regionCode?: string;
        readonly level?: ('city' | 'district' | 'station') | '';
        readonly status?: ('active' | 'transferred' | 'retired') | '';
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly components['schemas']['InspectorSummary'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createInspector: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** Format: uuid */
          readonly unitId?: string;
          readonly name: string;
          readonly post?: string;
          readonly rank?: string;
          readonly badgeNumber: string;
          readonly level: 'city' | 'district' | 'station';
          readonly regionCode: string;
          readonly certificateNumber: string;
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly certificateValidUntil: string;
          readonly qualifiedItemCodes: readonly string[];
          readonly status?: 'active' | 'transferred' | 'retired';
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspector: components['schemas']['InspectorSummary'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportInspectors: {
    readonly parameters: {
      readonly query?: {
        readonly q?: string;
        readonly regionCode?: string;
        readonly level?: ('city' | 'district' | 'station') | '';
        readonly status?: ('active' | 'transferred' | 'retired') | '';
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getInspector: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspector: components['schemas']['InspectorSummary'];
            readonly unavailability: readonly components['schemas']['Unavailability'][];
            readonly conflicts: readonly components['schemas']['Conflict'][];
            readonly history: readonly components['schemas']['AuditEvent'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly updateInspector: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly name?: string;
          readonly post?: string;
          readonly rank?: string;
          readonly badgeNumber?: string;
          readonly level?: 'city' | 'district' | 'station';
          readonly regionCode?: string;
          readonly certificateNumber?: string;
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly certificateValidUntil?: string;
          readonly qualifiedItemCodes?: readonly string[];
          readonly status?: 'active' | 'transferred' | 'retired';
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspector: components['schemas']['InspectorSummary'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly addInspectorUnavailability: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly from: string;
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly to: string;
          readonly reason: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly addInspectorConflict: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** Format: uuid */
          readonly entityId: string;
          readonly kind: 'relative' | 'interest' | 'other';
          readonly reason: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listPlans: {
    readonly parameters: {
      readonly query?: {
        readonly year?: number;
        readonly status?: 'draft' | 'approved' | '';
        /** @description 该单位及其下级单位 */
        readonly unitId?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly plans: readonly components['schemas']['PlanSummary'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createPlan: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** Format: uuid */
          readonly unitId: string;
          readonly year: number;
          readonly name: string;
          readonly itemIds: readonly string[];
          readonly rounds: readonly {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            readonly from: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            readonly to: string;
          }[];
          readonly rates: readonly {
            readonly riskClass: 'A' | 'B' | 'C' | 'D';
            readonly regionCode: string | null;
            readonly percent: number;
          }[];
          readonly teams: readonly {
            /** Format: uuid */
            readonly unitId: string;
            readonly size: number;
          }[];
          readonly yearlyCap: number;
          readonly reservePerStratum?: number;
          readonly inspectorReserve?: number;
          readonly maxLoad?: number | null;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly plan: components['schemas']['PlanDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getPlan: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly plan: components['schemas']['PlanDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly updatePlan: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** Format: uuid */
          readonly unitId: string;
          readonly year: number;
          readonly name: string;
          readonly itemIds: readonly string[];
          readonly rounds: readonly {
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            readonly from: string;
            /**
             * Format: date
             * @description YYYY-MM-DD
             */
            readonly to: string;
          }[];
          readonly rates: readonly {
            readonly riskClass: 'A' | 'B' | 'C' | 'D';
            readonly regionCode: string | null;
            readonly percent: number;
          }[];
          readonly teams: readonly {
            /** Format: uuid */
            readonly unitId: string;
            readonly size: number;
          }[];
          readonly yearlyCap: number;
          readonly reservePerStratum?: number;
          readonly inspectorReserve?: number;
          readonly maxLoad?: number | null;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly plan: components['schemas']['PlanDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getAnnualPlanPdf: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 年度抽查计划（PDF，A4） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/pdf': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly approvePlan: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly plan: components['schemas']['PlanDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listTasks: {
    readonly parameters: {
      readonly query?: {
        readonly planId?: string;
        /** @description 计划制定单位为该单位或其下级单位 */
        readonly unitId?: string;
        /** @description 计划年度 */
        readonly year?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly tasks: readonly components['schemas']['TaskSummary'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createTask: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** Format: uuid */
          readonly planId: string;
          readonly round: number;
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly drawDate: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly task: components['schemas']['TaskDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportTasks: {
    readonly parameters: {
      readonly query?: {
        readonly planId?: string;
        /** @description 计划制定单位为该单位或其下级单位 */
        readonly unitId?: string;
        /** @description 计划年度 */
        readonly year?: number;
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getTask: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly task: components['schemas']['TaskDetail'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getTaskPool: {
    readonly parameters: {
      readonly query?: {
        readonly exclusion?: number;
        readonly stratum?: string;
        readonly q?: string;
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly components['schemas']['PoolRow'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getTaskInspectors: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspectors: readonly components['schemas']['InspectorPoolRow'][];
            readonly conflicts: readonly components['schemas']['ConflictRow'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly announceDraw: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly suite?: 'RDRAW-2-SHA256' | 'RDRAW-2-SM3';
          /** Format: uuid */
          readonly supervisorUserId: string;
          readonly witnesses: readonly {
            readonly kind: 'media' | 'special-supervisor' | 'entity-representative' | 'other';
            readonly name: string;
            readonly userId?: string | null;
          }[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listDrawOfficers: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly drawers: readonly components['schemas']['Officer'][];
            readonly supervisors: readonly components['schemas']['Officer'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listTargetedInspections: {
    readonly parameters: {
      readonly query?: {
        readonly entityId?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly rows: readonly components['schemas']['TargetedInspection'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly recordTargetedInspection: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** Format: uuid */
          readonly entityId: string;
          readonly itemId: string | null;
          readonly reason: 'complaint' | 'assigned' | 'case' | 'on-the-spot' | 'campaign';
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly from: string;
          readonly to: string | null;
          readonly note: string;
          /** @description 投诉举报、案件或交办的编号 */
          readonly reference: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly approveTargetedInspection: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly id: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listDraws: {
    readonly parameters: {
      readonly query?: {
        readonly status?: 'announced' | 'revealing' | 'revealed' | 'computed' | 'confirmed' | 'aborted';
        readonly taskId?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly draws: readonly components['schemas']['DrawListRow'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportDraws: {
    readonly parameters: {
      readonly query?: {
        readonly status?: 'announced' | 'revealing' | 'revealed' | 'computed' | 'confirmed' | 'aborted';
        readonly taskId?: string;
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getDraw: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly commitDrawSeed: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly witness: string;
          readonly commit: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly revealDrawSeed: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly witness: string;
          readonly nonce: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly computeDraw: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly signDraw: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly role: 'drawer' | 'supervisor' | 'witness';
          readonly witness?: string;
          readonly statementDigest: string;
          readonly scheme?: 'ed25519' | 'sm2';
          /** @description 签名人本人的公钥（十六进制） */
          readonly publicKey: string;
          /** @description 对 RDRAW-SIG-1\n+声明摘要的签名（十六进制） */
          readonly signature: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly confirmDraw: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly abortDraw: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly reason: string;
          readonly missingWitness?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getDrawBundle: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getDrawRecordPdf: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 抽取记录表（PDF，A4） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/pdf': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getInspectionNoticePdf: {
    readonly parameters: {
      readonly query: {
        /** @description 检查对象的统一社会信用代码（公开编号） */
        readonly entity: string;
      };
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 检查通知书（PDF，A4），发给本次抽中的一个检查对象 */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/pdf': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listDrawReplacementApplications: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly applications: readonly components['schemas']['ReplacementApplication'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly applyForReplacement: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly kind: 'entity' | 'inspector';
          readonly out: string;
          readonly entity?: string;
          readonly pool?: string;
          readonly reason: string;
          readonly evidence: readonly {
            readonly fileName: string;
            readonly contentBase64: string;
          }[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly application: components['schemas']['ReplacementApplication'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listReplacementApplications: {
    readonly parameters: {
      readonly query?: {
        readonly status?: 'pending' | 'approved' | 'rejected';
        /** @description 抽查任务单位为该单位或其下级单位 */
        readonly unitId?: string;
        /** @description 申请提出的年度 */
        readonly year?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly applications: readonly components['schemas']['ReplacementApplication'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly approveReplacementApplication: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly note: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly application: components['schemas']['ReplacementApplication'];
            /** @description 记录中的递补条目（DRAW.md §6） */
            readonly replacement: {
              readonly seq: number;
              readonly digest: string;
            } & {
              readonly [key: string]: unknown;
            };
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly rejectReplacementApplication: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly note: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly application: components['schemas']['ReplacementApplication'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getReplacementEvidence: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
        readonly index: number;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 申请的证明材料（原文件） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/octet-stream': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listSigningKeys: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly keys: readonly {
              readonly id: string;
              readonly scheme: 'ed25519' | 'sm2';
              readonly publicKey: string;
              /** @description 公钥指纹：公钥 SHA-256 的前 128 位，每 4 位一组 */
              readonly fingerprint: string;
              readonly label: string;
              readonly createdAt: string;
              readonly revokedAt: string | null;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly registerSigningKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly scheme?: 'ed25519' | 'sm2';
          readonly publicKey: string;
          readonly label: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly key: {
              readonly id: string;
              readonly scheme: 'ed25519' | 'sm2';
              readonly publicKey: string;
              /** @description 公钥指纹：公钥 SHA-256 的前 128 位，每 4 位一组 */
              readonly fingerprint: string;
              readonly label: string;
              readonly createdAt: string;
              readonly revokedAt: string | null;
            };
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly revokeSigningKey: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 签名密钥已停用 */
      readonly 204: {
        headers: {
          readonly [name: string]: unknown;
        };
        content?: never;
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listInspections: {
    readonly parameters: {
      readonly query?: {
        readonly status?: 'draft' | 'submitted' | '';
        readonly drawId?: string;
        readonly entityId?: string;
        readonly review?: string;
        /** @description 该单位及其下级单位 */
        readonly unitId?: string;
        /** @description 检查日期所在年度 */
        readonly checkedYear?: number;
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly components['schemas']['InspectionSummary'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createInspection: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json':
          | ({
              readonly checkedOn?: string | null;
              readonly methods?: readonly ('on-site' | 'document' | 'online')[];
              readonly policeIdShown?: boolean;
              readonly inspectors?: readonly {
                readonly badgeNumber: string;
                readonly signatureId: string | null;
              }[];
              readonly responsibleBadgeNumber?: string | null;
              readonly rows?: readonly {
                readonly checklistCode: string;
                readonly finding: 'compliant' | 'non-compliant' | 'not-applicable';
                readonly note: string;
              }[];
              readonly party?:
                | null
                | {
                    /** @enum {string} */
                    readonly kind: 'signed';
                    readonly signerName: string;
                    /** Format: uuid */
                    readonly signatureId: string;
                  }
                | {
                    /** @enum {string} */
                    readonly kind: 'refused';
                    readonly reason: string;
                    readonly witness: null | {
                      readonly name: string;
                      /** Format: uuid */
                      readonly signatureId: string;
                    };
                  };
            } & {
              /** Format: uuid */
              readonly drawId: string;
              /** Format: uuid */
              readonly entityId: string;
              /** Format: uuid */
              readonly itemId: string;
            })
          | ({
              readonly checkedOn?: string | null;
              readonly methods?: readonly ('on-site' | 'document' | 'online')[];
              readonly policeIdShown?: boolean;
              readonly inspectors?: readonly {
                readonly badgeNumber: string;
                readonly signatureId: string | null;
              }[];
              readonly responsibleBadgeNumber?: string | null;
              readonly rows?: readonly {
                readonly checklistCode: string;
                readonly finding: 'compliant' | 'non-compliant' | 'not-applicable';
                readonly note: string;
              }[];
              readonly party?:
                | null
                | {
                    /** @enum {string} */
                    readonly kind: 'signed';
                    readonly signerName: string;
                    /** Format: uuid */
                    readonly signatureId: string;
                  }
                | {
                    /** @enum {string} */
                    readonly kind: 'refused';
                    readonly reason: string;
                    readonly witness: null | {
                      readonly name: string;
                      /** Format: uuid */
                      readonly signatureId: string;
                    };
                  };
            } & {
              /** Format: uuid */
              readonly targetedInspectionId: string;
              /** Format: uuid */
              readonly itemId: string;
            });
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspection: components['schemas']['InspectionRecord'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getInspection: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspection: components['schemas']['InspectionRecord'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly updateInspection: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly checkedOn?: string | null;
          readonly methods?: readonly ('on-site' | 'document' | 'online')[];
          readonly policeIdShown?: boolean;
          readonly inspectors?: readonly {
            readonly badgeNumber: string;
            readonly signatureId: string | null;
          }[];
          readonly responsibleBadgeNumber?: string | null;
          readonly rows?: readonly {
            readonly checklistCode: string;
            readonly finding: 'compliant' | 'non-compliant' | 'not-applicable';
            readonly note: string;
          }[];
          readonly party?:
            | null
            | {
                /** @enum {string} */
                readonly kind: 'signed';
                readonly signerName: string;
                /** Format: uuid */
                readonly signatureId: string;
              }
            | {
                /** @enum {string} */
                readonly kind: 'refused';
                readonly reason: string;
                readonly witness: null | {
                  readonly name: string;
                  /** Format: uuid */
                  readonly signatureId: string;
                };
              };
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspection: components['schemas']['InspectionRecord'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getInspectionRecordPdf: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 检查登记表（PDF，A4） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/pdf': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly submitInspection: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly signature?: {
            readonly scheme?: 'ed25519' | 'sm2';
            /** @description 本人签名公钥（十六进制） */
            readonly publicKey: string;
            /** @description 签名值（十六进制） */
            readonly signature: string;
          };
        } | null;
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly inspection: components['schemas']['InspectionRecord'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly addInspectionAttachment: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly kind: 'photo' | 'document' | 'statement';
          readonly fileName: string;
          readonly mime: string;
          readonly contentBase64: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly attachment: components['schemas']['AttachmentRef'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly addInspectionSignature: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly kind: 'drawn' | 'seal-photo';
          readonly mime: 'image/png' | 'image/jpeg';
          readonly contentBase64: string;
          /** Format: date-time */
          readonly signedAt?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly signature: components['schemas']['SignatureRef'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getInspectionFile: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
        readonly fileId: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 附件或签名文件 */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'image/jpeg': string;
          readonly 'image/png': string;
          readonly 'image/webp': string;
          readonly 'application/pdf': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listDrawInspections: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly rows: readonly components['schemas']['DrawnEntityRow'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getEntityArchive: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly archive: components['schemas']['CreditArchive'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listInspectionSigners: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly signers: readonly {
              /** @description 签名的环节：提交检查登记表、审核通过检查报告 */
              readonly step: 'record-submit' | 'report-approve';
              readonly reportId: string | null;
              readonly reportVersion: number | null;
              readonly signerName: string;
              /** @description 签名（或未签名的这一步）记入防篡改日志的时间 */
              readonly signedAt: string;
              /** @description 服务器此刻核验的结果：已验证、验证失败、未签名 */
              readonly status: 'verified' | 'failed' | 'unsigned';
              readonly scheme: ('ed25519' | 'sm2') | null;
              readonly fingerprint: string | null;
              readonly problem: string | null;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly submitReport: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly findings: readonly {
            readonly method: 'on-site' | 'document' | 'online';
            readonly summary: string;
          }[];
          readonly opinion: string;
          readonly resultCode: string;
          readonly nonCooperation: readonly {
            readonly kind: string;
            readonly description: string;
          }[];
          readonly handling:
            | {
                /** @enum {string} */
                readonly kind: 'none';
              }
            | {
                /** @enum {string} */
                readonly kind: 'own-case';
                readonly caseNumber: string;
              }
            | {
                /** @enum {string} */
                readonly kind: 'transferred';
                readonly recipientDepartment: string;
              }
            | {
                /** @enum {string} */
                readonly kind: 'criminal-referral';
                readonly recipientUnit: string | null;
              };
          readonly followUps: readonly {
            readonly kind: string;
            readonly note: string;
          }[];
          readonly touchesTradeSecret: boolean;
          readonly touchesPrivacy: boolean;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly report: components['schemas']['Report'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listReports: {
    readonly parameters: {
      readonly query?: {
        readonly status?: string;
        readonly overdue?: boolean;
        readonly entityId?: string;
        readonly resultCode?: string;
        /** @description 该单位及其下级单位 */
        readonly unitId?: string;
        /** @description 审核通过日期所在年度 */
        readonly approvedYear?: number;
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly components['schemas']['ResultRow'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportReports: {
    readonly parameters: {
      readonly query?: {
        readonly status?: string;
        readonly overdue?: boolean;
        readonly entityId?: string;
        readonly resultCode?: string;
        /** @description 该单位及其下级单位 */
        readonly unitId?: string;
        /** @description 审核通过日期所在年度 */
        readonly approvedYear?: number;
        /** @description 导出格式：xlsx（Excel）或 csv（UTF-8，带 BOM） */
        readonly format?: 'xlsx' | 'csv';
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 导出文件（Excel 或 CSV） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          readonly 'text/csv': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getReport: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly report: components['schemas']['Report'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getInspectionReportPdf: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 检查结果报告（PDF，A4） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/pdf': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly returnReport: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly opinion: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly report: components['schemas']['Report'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly rejectReport: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly opinion: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly report: components['schemas']['Report'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly approveReport: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly opinion?: string;
          readonly signature?: {
            readonly scheme?: 'ed25519' | 'sm2';
            /** @description 本人签名公钥（十六进制） */
            readonly publicKey: string;
            /** @description 签名值（十六进制） */
            readonly signature: string;
          };
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly report: components['schemas']['Report'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly publishReport: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly privacyApproval?: boolean;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly report: components['schemas']['Report'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listResultCodes: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly codes: readonly components['schemas']['ResultCodeOption'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listFollowUps: {
    readonly parameters: {
      readonly query?: {
        readonly state?: 'open' | 'in-progress' | 'closed' | '';
        readonly entityId?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly rows: readonly components['schemas']['FollowUp'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly startFollowUp: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly on: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly followUp: components['schemas']['FollowUp'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly closeFollowUp: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /**
           * Format: date
           * @description YYYY-MM-DD
           */
          readonly on: string;
          readonly note: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly followUp: components['schemas']['FollowUp'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listCalendarYears: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly years: readonly components['schemas']['CalendarYear'][];
            readonly yearDue: {
              readonly year: number;
              readonly message: string;
            } | null;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly putCalendarYear: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly year: number;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly holidays: readonly string[];
          readonly workdays: readonly string[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly year: components['schemas']['CalendarYear'];
            /** @description 因本次录入重新计算的暂定公示期限数 */
            readonly settledDeadlines: number;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getPublicationDeadline: {
    readonly parameters: {
      readonly query: {
        /** @description YYYY-MM-DD */
        readonly from: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            /** Format: date */
            readonly from: string;
            /** Format: date */
            readonly deadline: string;
            /** @description 暂定：missingYears 中的年份尚未录入，只按周末计算 */
            readonly provisional: boolean;
            readonly missingYears: readonly number[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getAssessment: {
    readonly parameters: {
      readonly query?: {
        readonly unitId?: string;
        readonly departmentId?: string;
        readonly year?: number;
        /** @description YYYY-MM-DD */
        readonly from?: string;
        /** @description YYYY-MM-DD */
        readonly to?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly scope: {
              readonly unitId: string;
              readonly unitName: string;
              readonly from: string;
              readonly to: string;
              readonly today: string;
            };
            readonly floor: {
              readonly rateBp: number;
              readonly rounds: number;
            };
            readonly totals: {
              readonly plans: number;
              readonly roundsPlanned: number;
              readonly roundsDrawn: number;
              readonly directory: number;
              readonly drawn: number;
              readonly inspected: number;
              readonly overdueTasks: number;
              readonly dueSoonTasks: number;
              /** @description 时间窗已过或抽取日期已过而未抽取的轮次 */
              readonly overdueRounds: number;
              /** @description 未达底线的计划 */
              readonly belowFloor: number;
            };
            readonly plans: readonly {
              readonly planId: string;
              readonly code: string;
              readonly name: string;
              readonly year: number;
              readonly status: string;
              readonly unitName: string;
              /** @description 计划轮次 */
              readonly roundsPlanned: number;
              /** @description 已到期的轮次（时间窗已过） */
              readonly roundsDue: number;
              /** @description 已确认抽取的轮次 */
              readonly roundsDrawn: number;
              /** @description 计划最低抽查比例（万分之） */
              readonly plannedRateBp: number;
              /** @description 冻结名录中的主体数 */
              readonly directory: number;
              /** @description 抽中主体数 */
              readonly drawn: number;
              /** @description 已检查的不同主体数 */
              readonly inspected: number;
              /** @description 抽取日期已过而未确认抽取的任务 */
              readonly overdueTasks: number;
              /** @description 7 日内抽取的任务 */
              readonly dueSoonTasks: number;
              /** @description 实际抽查比例（万分之） */
              readonly achievedBp: number;
              readonly completionPercent: number | null;
              readonly meetsPlan: boolean;
              /** @description 达到 2% 且 2 轮的底线 */
              readonly meetsFloor: boolean;
              readonly flag: ('red' | 'yellow') | null;
            }[];
            readonly coverage: readonly {
              readonly year: number;
              readonly directory: number;
              readonly inspected: number;
            }[];
            readonly resultCodes: readonly {
              readonly code: string;
              readonly label: string;
              readonly count: number;
            }[];
            readonly timeliness: {
              /** @description 期间内审核通过的结果 */
              readonly approved: number;
              /** @description 20 个工作日内公示 */
              readonly onTime: number;
              /** @description 逾期后公示 */
              readonly late: number;
              /** @description 已逾期未公示 */
              readonly overdue: number;
              /** @description 未到期未公示 */
              readonly pending: number;
              /** @description 5 日内到期未公示 */
              readonly dueSoon: number;
              /** @description 暂定期限（节假日未录入） */
              readonly provisional: number;
              readonly flag: ('red' | 'yellow') | null;
            };
            readonly changes: {
              readonly total: number;
              readonly pending: number;
              readonly approved: number;
              readonly rejected: number;
              readonly entity: number;
              readonly inspector: number;
              readonly reasons: readonly {
                readonly reason: string;
                readonly count: number;
              }[];
            };
            readonly joint: {
              readonly tasks: number;
              /** @description 多部门联合的任务 */
              readonly joint: number;
            };
            readonly workload: readonly {
              readonly badgeNumber: string;
              readonly name: string;
              readonly records: number;
            }[];
            readonly subordinates: readonly {
              readonly unitId: string;
              readonly name: string;
              readonly plans: number;
              readonly roundsPlanned: number;
              readonly roundsDrawn: number;
              readonly inspections: number;
              readonly onTime: number;
              readonly late: number;
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listTodo: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly today: string;
            readonly groups: readonly {
              /** @enum {string} */
              readonly kind:
                | 'review'
                | 'publish'
                | 'change'
                | 'targeted'
                | 'plan'
                | 'import'
                | 'task'
                | 'witness'
                | 'record';
              readonly items: readonly {
                /** @description 检查报告、抽取、任务、计划、导入或检查登记表的编号（依 kind） */
                readonly id: string;
                readonly label: string;
                readonly detail: string | null;
                readonly code: string | null;
                readonly due: string | null;
                readonly provisional: boolean;
                readonly flag: ('red' | 'yellow') | null;
              }[];
            }[];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly exportAssessmentStatistics: {
    readonly parameters: {
      readonly query?: {
        readonly unitId?: string;
        readonly departmentId?: string;
        readonly year?: number;
        /** @description YYYY-MM-DD */
        readonly from?: string;
        /** @description YYYY-MM-DD */
        readonly to?: string;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description 年度抽查统计报表（Excel，多个工作表） */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly listAccounts: {
    readonly parameters: {
      readonly query?: {
        /** @description 用户名或姓名 */
        readonly q?: string;
        readonly unitId?: string | '';
        readonly hasRole?:
          | (
              | 'system-admin'
              | 'department-admin'
              | 'drawer'
              | 'supervisor'
              | 'leader'
              | 'inspector'
              | 'auditor'
            )
          | '';
        readonly active?: boolean;
        readonly page?: number;
        readonly pageSize?: number;
      };
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly total: number;
            readonly page: number;
            readonly pageSize: number;
            readonly rows: readonly components['schemas']['Account'][];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly createAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path?: never;
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** @description 3–32 位小写字母、数字、. _ -，字母开头 */
          readonly username: string;
          readonly displayName: string;
          /** Format: uuid */
          readonly unitId: string;
          readonly roles: readonly (
            'system-admin' | 'department-admin' | 'drawer' | 'supervisor' | 'leader' | 'inspector' | 'auditor'
          )[];
          /** @description 不填则由系统生成，只显示一次 */
          readonly password?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 201: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly account: components['schemas']['Account'];
            /** @description 系统生成的初始密码，只返回这一次 */
            readonly generatedPassword?: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly getAccount: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly account: components['schemas']['Account'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly setAccountRoles: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly roles: readonly (
            'system-admin' | 'department-admin' | 'drawer' | 'supervisor' | 'leader' | 'inspector' | 'auditor'
          )[];
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly account: components['schemas']['Account'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly setAccountActive: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          readonly active: boolean;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly account: components['schemas']['Account'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly resetAccountPassword: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody: {
      readonly content: {
        readonly 'application/json': {
          /** @description 不填则由系统生成，只显示一次 */
          readonly password?: string;
        };
      };
    };
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly account: components['schemas']['Account'];
            /** @description 系统生成的初始密码，只返回这一次 */
            readonly generatedPassword?: string;
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
  readonly resetAccountTotp: {
    readonly parameters: {
      readonly query?: never;
      readonly header?: never;
      readonly path: {
        readonly id: string;
      };
      readonly cookie?: never;
    };
    readonly requestBody?: never;
    readonly responses: {
      /** @description Default Response */
      readonly 200: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': {
            readonly account: components['schemas']['Account'];
          };
        };
      };
      /** @description 错误：稳定的错误代码（error.code）和中文说明（error.message） */
      readonly default: {
        headers: {
          readonly [name: string]: unknown;
        };
        content: {
          readonly 'application/json': components['schemas']['ApiError'];
        };
      };
    };
  };
}
