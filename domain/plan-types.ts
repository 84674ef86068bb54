/** The 7-day plan as content: compiled from `content/plan/*.md` at build time (`import plan from 'virtual:plan'`). */

/** Where a task's "why" lives in the guide; `label` is the heading (or section title) it points to. */
export interface PlanLink {
  sectionId: string;
  /** Heading anchor inside the section (see GuideSection.anchors). */
  anchor?: string;
  label: string;
}

/**
 * The guide's own caution that goes with a task naming medicines or supplements, word for word: `full` where
 * there is room (the Today card, the notification), `short` (its opening words) where there is not (popup
 * line, toolbar tooltip). Both are checked against the guide when the plan compiles.
 */
export interface PlanCaution {
  full: string;
  short: string;
}

/** One day of the plan: the task as the guide words it, why, and the guide's caution when it has one. */
export interface PlanDay {
  day: number;
  task: string;
  why: PlanLink;
  caution?: PlanCaution;
}

/** A daily habit offered by "keep going" after the seven days. The id is stored: never rename one. */
export interface PlanHabit {
  id: string;
  text: string;
  why: PlanLink;
  caution?: PlanCaution;
}

/** One of the guide's food lists (irritants, repair foods, probiotic foods, …), in its words. */
export interface GuideFoodList {
  list: string;
  names: string[];
}

export interface PlanContent {
  days: PlanDay[];
  habits: PlanHabit[];
  /** The foods the guide names, offered as journal food tags marked as the guide's. */
  foods: GuideFoodList[];
}

/** How many days one cycle of the plan has. */
export const PLAN_LENGTH = 7;
