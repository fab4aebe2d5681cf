/**
 * Files that come with a communication: their type is detected from the content, their text is read with Apache
 * Tika within a time and size bound, and their original bytes are kept in MongoDB GridFS in intake's own database.
 */
package dev.assay.intake.attachments;
