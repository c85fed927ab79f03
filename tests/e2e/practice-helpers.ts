// What the practice specs share: the questions they open, the stored state, and the practice controls.
import type { Page } from "@playwright/test";
import { readQuestions } from "../helpers/content.ts";
import { STORAGE_KEY } from "../../src/lib/practice/storage.ts";
import type { Site } from "./fixtures.ts";

export const questions = readQuestions();
export const KEY = STORAGE_KEY;
export const PROJECT = "/questions/genai-project-end-to-end/";
export const PROMPTS = "/questions/prompt-engineering-in-production/";
/** The section headings of the project question, in order. */
export const PROJECT_SECTIONS = [
  "Answer Structure",
  "Project Overview",
  "Technical Implementation",
  "Key Challenges and Solutions",
  "Results and Impact",
  "Lessons Learned",
];

/**
 * Stores a practice state (as the site would) before the test's first real page, in the stored format `version`:
 * 1 by default, what a reader who saved before the current format has (the site migrates it on load).
 */
export async function seed(site: Site, page: Page, state: Record<string, unknown>, version = 1): Promise<void> {
  await site.goto("/practice/cards/");
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    KEY,
    JSON.stringify({ v: version, ...state }),
  ] as const);
}

export async function stored(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}"), KEY);
}

export const fills = (page: Page) => page.locator("[data-practice-fills]");
export const toggle = (page: Page) => page.getByRole("button", { name: "Practice mode" });
export const revealButtons = (page: Page) =>
  page.locator(".question__body").getByRole("button", { name: /^(Reveal|Hide) section: / });
export const reveal = (page: Page, section: string) =>
  page.locator(".question__body").getByRole("button", { name: new RegExp(`^(Reveal|Hide) section: ${section}$`) });
